"""A hazard found on patrol, put right by the department and verified on site; an active warning on the portal."""
import base64
import os
import tempfile
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import click_and_wait, login
from test_disputes_petitions import submit


def no_error(browser):
    errors = browser.find_elements("id", "form-error")
    assert not errors, errors[0].text


def test_a_patrol_hazard_is_put_right_and_verified_on_site(browser, base_url):
    browser.set_window_size(390, 844)
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/hazards")
    browser.find_element("id", "place").send_keys("幸福里7幢地下室")
    Select(browser.find_element("id", "kind")).select_by_value("fire")
    browser.find_element("id", "description").send_keys("地下室违规停放电动自行车并私拉电线充电。")
    browser.find_element("id", "responsible_unit").send_keys("幸福里物业公司")
    photo = os.path.join(tempfile.mkdtemp(), "stairwell.png")
    with open(photo, "wb") as f:
        f.write(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    browser.find_element("id", "photo").send_keys(photo)
    submit(browser, "hazard-submit")
    no_error(browser)
    assert "/hazards/" in browser.current_url
    hazard_url = browser.current_url
    assert "已上报" in browser.find_element("id", "hazard-status").text
    assert "7日内整改" in browser.find_element("id", "hazard-clock").text
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", browser.find_element("id", "hazard-photo")) == 1

    browser.delete_all_cookies()
    browser.set_window_size(1280, 1000)
    login(browser, base_url, "handler")
    browser.get(hazard_url)
    browser.find_element("id", "text-rectify").send_keys("已清理电动自行车，拆除私拉电线，设置集中充电点。")
    submit(browser, "step-rectify")
    no_error(browser)
    assert "待核查" in browser.find_element("id", "hazard-status").text

    browser.delete_all_cookies()
    login(browser, base_url, "gridworker1")
    browser.get(hazard_url)
    Select(browser.find_element("id", "passed")).select_by_value("1")
    browser.find_element("id", "text-verify").send_keys("现场核查，整改到位。")
    submit(browser, "step-verify")
    no_error(browser)
    assert "已销号" in browser.find_element("id", "hazard-status").text
    history = browser.find_element("id", "hazard-events").text
    assert "报告整改完成" in history and "现场核查" in history


def test_an_active_warning_is_on_the_portal(browser, base_url):
    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal")
    banner = WebDriverWait(browser, 10).until(lambda b: b.find_element("css selector", ".banner.warning-orange"))
    assert "城关街道暴雨橙色预警" in banner.text and "橙色预警" in banner.text
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_an_inspection_proposes_a_measure_and_a_supervisor_decides(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/venues")
    browser.find_element("link text", "星际网咖").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "inspection-form"))
    venue_url = browser.current_url
    browser.find_element("id", "violation-out_of_hours").click()
    browser.find_element("id", "findings").send_keys("凌晨1时仍在营业。")
    submit(browser, "inspection-submit")
    no_error(browser)
    proposals = browser.find_element("id", "venue-proposals").text
    assert "建议吊销许可证" in proposals and "网吧一年内两次接纳未成年人或超时营业" in proposals

    browser.delete_all_cookies()
    login(browser, base_url, "supervisor")
    browser.get(venue_url)
    form = browser.find_element("css selector", "#venue-proposals form")
    form.find_element("css selector", "input[name=note]").send_keys("报县文广旅局依法处理。")
    click_and_wait(browser, form.find_element("css selector", "button.decide-submit"))
    no_error(browser)
    assert "已采纳" in browser.find_element("id", "venue-proposals").text


def test_an_emergency_is_graded_and_reported_and_a_warning_reaches_home_pages(browser, base_url):
    login(browser, base_url, "supervisor")
    browser.get(base_url + "/emergencies")
    Select(browser.find_element("id", "category")).select_by_value("accident")
    browser.find_element("id", "type").send_keys("road_traffic")
    browser.find_element("id", "title").send_keys("幸福路三车相撞")
    browser.execute_script("var d=new Date(Date.now()+8*3600e3-600e3).toISOString().slice(0,16); arguments[0].value=d;",
                           browser.find_element("id", "occurred_at"))
    browser.find_element("id", "place").send_keys("幸福路口")
    browser.find_element("id", "unit_code").clear()
    browser.find_element("id", "unit_code").send_keys("330199001")
    browser.find_element("id", "deaths").send_keys("3")
    submit(browser, "emergency-submit")
    no_error(browser)
    assert "较大" in browser.find_element("id", "emergency-grade").text
    assert "县" in browser.find_element("id", "emergency-next").text
    submit(browser, "report-submit")
    no_error(browser)
    assert "市" in browser.find_element("id", "emergency-next").text

    browser.get(base_url + "/warnings")
    Select(browser.find_element("id", "level")).select_by_value("3")
    browser.find_element("id", "kind").send_keys("高温")
    browser.find_element("id", "title").send_keys("溪南街道高温黄色预警")
    browser.find_element("id", "units").clear()
    browser.find_element("id", "units").send_keys("330199002")
    browser.execute_script("var d=new Date(Date.now()+8*3600e3+6*3600e3).toISOString().slice(0,16); arguments[0].value=d;",
                           browser.find_element("id", "ends_at"))
    submit(browser, "warning-submit")
    no_error(browser)
    browser.delete_all_cookies()
    login(browser, base_url, "socialworker")
    browser.get(base_url + "/home")
    assert "溪南街道高温黄色预警" in browser.find_element("css selector", ".banner.warning-yellow").text


def test_an_agreement_inspection_is_recorded_and_the_quarter_counts_hazards(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/hazards")
    browser.find_element("id", "agreements-link").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "agreements"))
    item = browser.find_element("css selector", "#agreements > li")
    item.find_element("css selector", "input[name=findings]").send_keys("消防通道畅通，灭火器在有效期内。")
    click_and_wait(browser, item.find_element("css selector", "button.record-submit"))
    no_error(browser)
    assert "消防通道畅通" in browser.find_element("id", "agreements").text
    browser.get(base_url + "/hazards")
    browser.find_element("id", "hazard-statistics-link").click()
    total = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "hazard-stats-total"))
    assert total.text.split()[1].isdigit()


def test_a_grid_worker_records_an_inspection_against_a_safety_agreement(browser, base_url):
    login(browser, base_url, "gridworker1")
    browser.get(base_url + "/safety-agreements")
    item = browser.find_element("id", "agreement-demo-agreement-1")
    assert "消防通道保持畅通" in item.text
    item.find_element("css selector", "input[name='findings']").send_keys("灭火器压力正常，消防通道畅通。")
    click_and_wait(browser, item.find_element("css selector", ".record-submit"))
    assert "灭火器压力正常" in browser.find_element("id", "agreement-demo-agreement-1").text
