"""Registry in a real browser: a grid's people masked, a full number shown only on request."""
from selenium.webdriver.support.ui import WebDriverWait
from conftest import login

GRID_1 = "330199001001001"


def test_people_are_masked_until_a_permitted_worker_asks(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/units/" + GRID_1)
    browser.find_element("css selector", "#figures a").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "residents-table"))
    cells = browser.find_elements("css selector", "#residents-table tbody code")
    assert cells and all("**********" in c.text for c in cells)

    browser.find_element("css selector", "#residents-table tbody a").click()
    masked = browser.find_element("id", "id-number").text
    assert "*" in masked
    browser.find_element("id", "reveal").click()
    WebDriverWait(browser, 10).until(lambda b: "*" not in b.find_element("id", "id-number").text)
    full = browser.find_element("id", "id-number").text
    assert len(full) == 18 and full[:4] == masked[:4] and full[-4:] == masked[-4:]
    assert "审计日志" in browser.page_source


def test_leaders_see_counts_but_no_reveal_button(browser, base_url):
    login(browser, base_url, "leader")
    browser.get(base_url + "/units/" + GRID_1 + "/residents")
    browser.find_element("css selector", "#residents-table tbody a").click()
    assert not browser.find_elements("id", "reveal")
