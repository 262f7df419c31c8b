"""A hazard found on patrol, put right by the department and verified on site; an active warning on the portal."""
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import login
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
    submit(browser, "hazard-submit")
    no_error(browser)
    assert "/hazards/" in browser.current_url
    hazard_url = browser.current_url
    assert "已上报" in browser.find_element("id", "hazard-status").text
    assert "7日内整改" in browser.find_element("id", "hazard-clock").text

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
