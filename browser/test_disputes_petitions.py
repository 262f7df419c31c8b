"""Disputes to a printed agreement, and a petition from registration to the portal."""
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import login


def gone(element):
    """True once the element's page has been replaced. Chromium reports that as a stale element, or
    (as the page is torn down) as "node does not belong to the document": both mean gone."""
    def check(_):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def submit(browser, button_id):
    # Wait until the page that was left is gone: readyState alone may still be the old page's.
    page = browser.find_element("tag name", "html")
    browser.find_element("id", button_id).click()
    WebDriverWait(browser, 10).until(gone(page))
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.readyState") == "complete")


def mediate(browser, step, text, extra=None):
    if extra:
        extra()
    browser.find_element("id", "text-" + step).send_keys(text)
    submit(browser, "step-" + step)
    assert not browser.find_elements("id", "form-error"), browser.find_element("id", "form-error").text


def test_a_dispute_is_mediated_and_its_agreement_prints_in_chinese(browser, base_url):
    login(browser, base_url, "mediator")
    browser.get(base_url + "/disputes/new")
    browser.find_element("id", "title").send_keys("楼道堆物引发邻里纠纷")
    Select(browser.find_element("id", "type_code")).select_by_value("neighbour")
    browser.execute_script("arguments[0].value = '2026-11-28'", browser.find_element("id", "occurred_on"))
    browser.find_element("id", "place").send_keys("幸福里小区7幢")
    browser.find_element("id", "unit_code").clear()
    browser.find_element("id", "unit_code").send_keys("330199001001001")
    browser.find_element("id", "summary").send_keys("701室在楼道堆放杂物，702室多次要求清理未果。")
    browser.find_element("id", "party_name_1").send_keys("赵敏")
    browser.find_element("id", "party_name_2").send_keys("钱峰")
    submit(browser, "dispute-submit")
    assert "/disputes/" in browser.current_url and not browser.find_elements("id", "form-error")
    dispute_url = browser.current_url

    mediate(browser, "assign", "交社区调委会", lambda: Select(browser.find_element("id", "body-assign")).select_by_value("people-community"))
    mediate(browser, "session", "双方到场，701室同意清理杂物。")
    mediate(browser, "agree", "一、701室于三日内清理楼道杂物；二、双方今后共同维护楼道整洁。",
            lambda: browser.execute_script("arguments[0].value = '2099-12-31'", browser.find_element("id", "due-agree")))
    assert "已达成协议" in browser.find_element("id", "dispute-status").text

    browser.find_element("id", "print-agreement").click()
    heading = WebDriverWait(browser, 10).until(lambda b: b.find_element("css selector", "#agreement h1"))
    assert heading.text.replace(" ", "") == "人民调解协议书"
    assert "701室于三日内清理楼道杂物" in browser.find_element("id", "agreement-terms").text
    assert "2099-12-31" in browser.find_element("id", "agreement-due").text
    body = browser.find_element("tag name", "body").text
    assert "赵敏" in body and "钱峰" in body
    # Chinese renders with a real CJK font: ten ideographs are wider than ten narrow fallback boxes would be.
    width = browser.execute_script(
        "var c=document.createElement('canvas').getContext('2d'); c.font=getComputedStyle(arguments[0]).font;"
        "return c.measureText('人民调解协议书人民调解').width / c.measureText('iiiiiiiiii').width;", heading)
    assert width > 2
    # Printed, the page is the document alone.
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element("css selector", "header.top").is_displayed()
    assert browser.find_element("id", "agreement").is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    browser.get(dispute_url + "/file")
    sections = [s.get_attribute("id") for s in browser.find_elements("css selector", "#case-file > section")]
    assert sections == ["file-%d" % i for i in range(1, 8)]
    assert "当事人权利义务告知书" in browser.find_element("id", "file-2").text


def test_a_petition_is_registered_accepted_and_tracked_on_the_portal(browser, base_url):
    login(browser, base_url, "petition")
    browser.get(base_url + "/petitions/new")
    Select(browser.find_element("id", "channel")).select_by_value("online")
    browser.find_element("id", "petitioner_name").send_keys("孙建华")
    browser.find_element("id", "petitioner_phone").send_keys("13900007777")
    browser.find_element("id", "matter").send_keys("小区供暖不达标")
    browser.find_element("id", "demands").send_keys("要求供热公司整改")
    browser.find_element("id", "responsible_body").clear()
    browser.find_element("id", "responsible_body").send_keys("县住建局")
    submit(browser, "petition-submit")
    number = browser.find_element("css selector", "h1 code").text
    assert number.startswith("XF")
    assert "15日内决定是否受理" in browser.find_element("id", "petition-clock").text
    browser.find_element("id", "text-accept").send_keys("属本机关职责，予以受理。")
    submit(browser, "step-accept")
    assert "办理中" in browser.find_element("id", "petition-status").text
    assert "60日内" in browser.find_element("id", "petition-clock").text

    browser.delete_all_cookies()
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/petitions")
    assert browser.find_element("id", "portal-rate-online").is_displayed()
    browser.find_element("id", "number").send_keys(number)
    browser.find_element("id", "phone").send_keys("13900007777")
    submit(browser, "petition-track-submit")
    card = browser.find_element("id", "petition-status-card").text
    assert "办理中" in card and "属本机关职责" in card
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 400


def test_a_grid_worker_answers_the_streets_screening_round(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/screening-rounds")
    browser.find_element("css selector", "a[href='/screening-rounds/demo-round-1']").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "screening-report"))
    before = browser.find_element("id", "screening-summary").text
    browser.find_element("id", "nothing_found").click()
    submit(browser, "screening-report-submit")
    lines = browser.find_element("id", "screening-lines").text
    assert "330199001001001" in lines
    assert browser.find_element("id", "screening-summary").text != before
    # The answered grid leaves the silent list and shows among the answered.
    tabs = browser.find_element("id", "screening-tabs")
    tabs.find_element("css selector", "a[href='?show=silent']").click()
    WebDriverWait(browser, 10).until(lambda b: "show=silent" in b.current_url)
    assert "330199001001001" not in browser.find_element("id", "screening-lines").text
    browser.find_element("css selector", "#screening-tabs a[href='?show=answered']").click()
    WebDriverWait(browser, 10).until(lambda b: "show=answered" in b.current_url)
    assert "330199001001001" in browser.find_element("id", "screening-lines").text
    assert "active" in browser.find_element("css selector", "#screening-tabs a[href='?show=answered']").get_attribute("class")
