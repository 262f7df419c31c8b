"""Projects, commitments and points from the staff pages to the portal: a ledger entry refused
when it would overdraw the fund and kept when it does not, a disclosure made, a reworked project
finished and accepted, a commitment's three steps, points awarded and read on a phone with a card."""
import re
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import login
from test_disputes_petitions import submit


def text_of(browser, element_id):
    """An element's text once the page a form answered with is in place (the old page's nodes go stale)."""
    # Chromium may also answer "node does not belong to the document" for a node read as the page changes.
    return WebDriverWait(browser, 10, ignored_exceptions=[WebDriverException]).until(lambda b: b.find_element("id", element_id).text)


def fits_a_phone(browser):
    return browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_a_clerk_keeps_the_ledger_and_residents_read_it(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/projects")
    browser.find_element("link text", "幸福里口袋公园改造").click()
    balance = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "balance"))
    assert balance.text == "¥120,699.50"
    Select(browser.find_element("id", "kind")).select_by_value("expense")
    browser.find_element("id", "amount").send_keys("200000")
    browser.find_element("id", "voucher").send_keys("JZ-2026-040")
    submit(browser, "ledger-submit")
    assert "不能透支" in text_of(browser, "form-error")
    Select(browser.find_element("id", "kind")).select_by_value("expense")
    browser.find_element("id", "amount").send_keys("1,500.5")
    browser.find_element("id", "voucher").send_keys("JZ-2026-041")
    browser.find_element("id", "note").send_keys("照明灯具")
    submit(browser, "ledger-submit")
    assert text_of(browser, "balance") == "¥119,199.00"
    # An overdue month disclosed now counts as disclosed late: the late count stays, the duty shows its day.
    late = int(text_of(browser, "late-count"))
    assert late >= 1
    option = Select(browser.find_element("id", "duty")).options[0]
    option.click()
    browser.find_element("id", "content").send_keys("本月收支：支出1500.50元，凭证JZ-2026-041。")
    submit(browser, "disclosure-submit")
    assert "JZ-2026-041" in text_of(browser, "disclosures")

    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/projects")
    browser.find_element("link text", "幸福里口袋公园改造").click()
    ledger = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "ledger"))
    assert "JZ-2026-041" in ledger.text and "¥119,199.00" in text_of(browser, "balance")
    assert fits_a_phone(browser)


def test_a_reworked_project_is_finished_again_and_accepted(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/projects/demo-project-2")
    assert "整改中" in WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "project-status")).text
    assert "须整改" in text_of(browser, "evaluations")
    submit(browser, "finish-submit")
    assert "待评议" in text_of(browser, "project-status")
    for field, value in (("satisfied", "9"), ("basically_satisfied", "4"), ("unsatisfied", "1")):
        browser.find_element("id", field).send_keys(value)
    submit(browser, "evaluation-submit")
    assert "已通过评议" in text_of(browser, "project-status")
    assert "64.3%" in text_of(browser, "evaluations")
    assert not browser.find_elements("id", "ledger-form")


def test_a_leaders_commitment_takes_its_three_steps_in_public(browser, base_url):
    login(browser, base_url, "leader")
    browser.get(base_url + "/commitments")
    browser.find_element("id", "person").send_keys("周县长")
    browser.find_element("id", "post").send_keys("县长")
    browser.find_element("id", "promise").send_keys("城区新增公共厕所12座")
    submit(browser, "commitment-submit")
    browser.find_element("id", "text").send_keys("已建成7座")
    submit(browser, "progress-submit")
    browser.find_element("id", "result_note").send_keys("12座全部建成")
    submit(browser, "result-submit")
    page = text_of(browser, "commitment")
    assert "已建成7座" in page and "12座全部建成" in page and "已兑现" in page
    assert not browser.find_elements("id", "result-form")

    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/commitments")
    assert "城区新增公共厕所12座" in WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "portal-commitments")).text
    assert fits_a_phone(browser)


def test_points_are_awarded_and_read_on_a_phone_with_the_card(browser, base_url):
    login(browser, base_url, "clerk")
    browser.get(base_url + "/points")
    browser.find_element("id", "resident_id").send_keys("demo-resident-4")
    Select(browser.find_element("id", "kind")).select_by_value("volunteer")
    browser.find_element("id", "hours").send_keys("2")
    submit(browser, "points-submit")
    assert WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "points-balance")).text == "20"
    # Spending more than the balance is refused on the list page, with the form kept.
    browser.get(base_url + "/points")
    browser.find_element("id", "resident_id").send_keys("demo-resident-4")
    Select(browser.find_element("id", "kind")).select_by_value("redeem")
    Select(browser.find_element("id", "service_id")).select_by_visible_text("小家电维修一次 (50)")
    submit(browser, "points-submit")
    assert "积分余额不足" in text_of(browser, "form-error")
    browser.get(base_url + "/points/demo-resident-4")
    browser.find_element("id", "phone").send_keys("13700001111")
    submit(browser, "card-submit")
    code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}", text_of(browser, "card-code")).group(0)

    browser.delete_all_cookies()
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/points")
    browser.find_element("id", "phone").send_keys("13700001111")
    browser.find_element("id", "code").send_keys(code)
    submit(browser, "points-lookup-submit")
    assert text_of(browser, "points-balance") == "20"
    assert "理发一次" in text_of(browser, "catalogue")
    assert fits_a_phone(browser)
