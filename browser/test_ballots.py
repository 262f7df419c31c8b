"""A household votes with its slip on a phone-sized portal, and a closed ballot shows its published result."""
from selenium.webdriver.support.ui import WebDriverWait
from conftest import login
from test_disputes_petitions import submit


def test_a_household_votes_on_a_phone_and_sees_published_results(browser, base_url):
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/ballots")
    browser.find_element("link text", "社区微更新项目：口袋公园选址").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "vote-form"))
    browser.find_element("id", "code").send_keys("DEMQ-2628-KX")
    browser.find_element("id", "option-1").click()
    submit(browser, "vote-submit")
    assert browser.find_elements("id", "vote-recorded")
    # The same slip again: one household, one vote.
    browser.find_element("id", "code").send_keys("DEMQ-2628-KX")
    browser.find_element("id", "option-0").click()
    submit(browser, "vote-submit")
    assert "每户只能投一票" in browser.find_element("id", "form-error").text
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")

    browser.get(base_url + "/portal/ballots")
    browser.find_element("link text", "幸福里小区加装电梯方案").click()
    results = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "results"))
    assert "同意" in results.text and "获通过" in results.text
    assert not browser.find_elements("id", "vote-form")


def test_a_clerk_sees_the_count_and_enters_no_second_paper_vote(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/ballots")
    browser.find_element("link text", "幸福里小区加装电梯方案").click()
    turnout = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "turnout"))
    assert "100.0%" in turnout.text
    assert "已达到" in browser.find_element("id", "quorum").text
