"""A resident proposes on a phone; staff shortlist it and put it to a ballot; a council meeting
short of its quorum cannot vote and a quorate one carries a motion; a member signs the plan; an
agreement is posted and a star household reviewed, both public on the portal."""
from datetime import timedelta
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import china_today, login
from test_disputes_petitions import submit
from test_projects import fits_a_phone, text_of


def test_a_proposal_goes_from_the_portal_to_a_ballot(browser, base_url):
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/proposals")
    Select(browser.find_element("id", "unit_code")).select_by_visible_text("幸福里社区")
    browser.find_element("id", "title").send_keys("增设快递柜")
    browser.find_element("id", "body").send_keys("快递常被放在门口丢失。")
    browser.find_element("id", "proposer_name").send_keys("周小梅")
    browser.find_element("id", "proposer_phone").send_keys("13812345678")
    submit(browser, "proposal-submit")
    assert browser.find_elements("id", "proposal-sent")
    assert "周**" in text_of(browser, "proposal-list") and "13812345678" not in browser.page_source
    assert fits_a_phone(browser)

    browser.set_window_size(1280, 1000)
    login(browser, base_url, "clerk")
    # From the top navigation's one participation entry to the proposals.
    browser.find_element("link text", "基层协商").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "hub-proposals"))[0].click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "proposals"))
    assert "active" in browser.find_element("link text", "基层协商").get_attribute("class")
    browser.get(base_url + "/proposals?status=received")
    form = WebDriverWait(browser, 10).until(lambda b: b.find_element("css selector", "form.inline-review"))
    assert "增设快递柜" in form.text
    form.find_element("css selector", "button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "ballot-from-proposals"))
    browser.get(base_url + "/proposals?status=shortlisted")
    for box in browser.find_elements("css selector", "input[name=proposal_id]"):
        box.click()
    browser.find_element("id", "ballot_title").send_keys("2027年微实事项目")
    browser.execute_script("document.getElementById('opens_on').value = arguments[0]; document.getElementById('closes_on').value = arguments[1]",
                           china_today().isoformat(), (china_today() + timedelta(days=10)).isoformat())
    submit(browser, "ballot-submit")
    results = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "results"))
    assert "便民设施" in results.text and "增设快递柜" in results.text


def test_a_council_votes_only_when_quorate_and_a_member_signs_the_plan(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/council")
    browser.find_element("id", "topic").send_keys("充电车棚选址")
    for member in ("demo-member-1", "demo-member-2", "demo-member-3", "demo-member-4"):
        browser.find_element("id", "attendee-" + member).click()
    browser.find_element("id", "minutes").send_keys("四人到会。")
    submit(browser, "meeting-submit")
    assert browser.find_elements("id", "not-quorate") and not browser.find_elements("id", "motion-form")

    browser.get(base_url + "/council")
    browser.find_element("id", "topic").send_keys("充电车棚选址（复会）")
    for member in ("demo-member-1", "demo-member-2", "demo-member-3", "demo-member-4", "demo-member-5"):
        browser.find_element("id", "attendee-" + member).click()
    browser.find_element("id", "minutes").send_keys("五人到会，就选址表决。")
    submit(browser, "meeting-submit")
    assert text_of(browser, "attendance") == "5/7"
    browser.find_element("id", "motion_title").send_keys("选址3幢东侧")
    browser.find_element("id", "yes").send_keys("3")
    browser.find_element("id", "no").send_keys("2")
    submit(browser, "motion-submit")
    assert "通过" in text_of(browser, "motions")

    browser.get(base_url + "/projects/demo-project-1")
    assert len(browser.find_elements("css selector", "#signatures li")) == 5
    Select(browser.find_element("id", "member_id")).select_by_value("demo-member-7")
    submit(browser, "sign-submit")
    assert "宋建平" in text_of(browser, "signatures")


def test_an_agreement_and_a_star_household_are_public(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/agreements")
    Select(browser.find_element("id", "parties")).select_by_value("villagers")
    Select(browser.find_element("id", "category")).select_by_value("stability")
    browser.find_element("id", "title").send_keys("邻里调解约定")
    browser.find_element("id", "body").send_keys("邻里纠纷先协商，协商不成找调解。")
    browser.find_element("id", "signatories").send_keys("1幢全体住户")
    submit(browser, "agreement-submit")
    assert "邻里调解约定" in text_of(browser, "agreements")
    browser.get(base_url + "/star-households")
    browser.find_element("id", "household_id").send_keys("demo-household-1")
    browser.find_element("id", "criterion-harmony").click()
    submit(browser, "star-submit")
    assert "已经评定" in text_of(browser, "form-error")

    browser.delete_all_cookies()
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/agreements")
    assert "邻里调解约定" in text_of(browser, "portal-agreements")
    assert fits_a_phone(browser)
    browser.get(base_url + "/portal/star-households")
    assert "★★★★" in text_of(browser, "star-list")
