"""Caseloads: a grade-3 follow-up owes a joint follow-up within two weeks; the grid worker sees a
visit task with a name and an address only; the county justice bureau decides a leave request."""
import datetime
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import china_today, click_and_wait, login
from test_disputes_petitions import submit


def test_a_grade_three_follow_up_owes_a_joint_follow_up_within_two_weeks(browser, base_url):
    login(browser, base_url, "socialworker")
    browser.get(base_url + "/caseloads")
    table = browser.find_element("id", "caseloads")
    assert "严重精神障碍患者" in table.text and "社区矫正" in table.text
    browser.get(base_url + "/caseloads/demo-caseload-3")
    assert "季度随访" in browser.find_element("id", "caseload-duties").text or "随访" in browser.find_element("id", "caseload-duties").text
    Select(browser.find_element("id", "contact-kind")).select_by_value("follow_up")
    Select(browser.find_element("id", "risk-grade")).select_by_value("3")
    browser.find_element("id", "contact-notes").send_keys("情绪激动，拒绝服药，已转诊。")
    submit(browser, "contact-submit")
    duties = browser.find_element("id", "caseload-duties").text
    due = (china_today() + datetime.timedelta(days=14)).isoformat()
    assert "危险性 3 级：立即转诊，14 日内联合随访" in duties and due in duties, duties
    assert "情绪激动" in browser.find_element("id", "caseload-contacts").text
    assert "工作记录" in browser.find_element("id", "caseload-events").text
    # The figures of the month link each count to the list behind it.
    browser.get(base_url + "/caseload-figures")
    figures = browser.find_element("id", "caseload-figures")
    assert "330199002" in figures.text
    figures.find_element("css selector", "a[href*='kind=mental_health']").click()
    WebDriverWait(browser, 10).until(lambda b: "kind=mental_health" in b.current_url)
    assert "社区矫正" not in browser.find_element("id", "caseloads").text


def test_the_grid_worker_sees_a_name_and_an_address_only(browser, base_url):
    login(browser, base_url, "gridworker4")
    browser.get(base_url + "/visit-tasks")
    tasks = browser.find_element("id", "visit-tasks")
    assert "云溪县" in tasks.text
    for word in ["社区矫正", "矫正", "精神", "帮教"]:
        assert word not in tasks.text
    assert browser.find_elements("css selector", ".task-done")
    click_and_wait(browser, browser.find_elements("css selector", ".task-done")[0])
    assert "已于" in browser.find_element("id", "visit-tasks").text
    # The caseload itself is not there for the grid worker.
    browser.get(base_url + "/caseloads/demo-caseload-1")
    assert browser.find_elements("css selector", ".error-page") and not browser.find_elements("id", "caseload-duties")


def test_the_county_justice_bureau_decides_a_leave_request(browser, base_url):
    login(browser, base_url, "legal")
    browser.get(base_url + "/caseloads/demo-caseload-1")
    leaves = browser.find_element("id", "caseload-leaves")
    assert "待审批" in leaves.text
    browser.find_element("id", "leave-note-demo-leave-1").send_keys("同意，按期返回报到。")
    click_and_wait(browser, leaves.find_element("css selector", "button[name='approve'][value='1']"))
    assert "已批准" in browser.find_element("id", "caseload-leaves").text
    assert "批准请假" in browser.find_element("id", "caseload-events").text
