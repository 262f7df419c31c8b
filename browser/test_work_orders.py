"""A request from a resident's phone to a rated answer: portal, dispatch, handling, closure, rating."""
import re
from selenium.webdriver.support.ui import Select, WebDriverWait
from conftest import login


def logout(browser):
    browser.find_element("id", "logout").click()
    WebDriverWait(browser, 10).until(lambda b: "/login" in b.current_url or b.find_elements("id", "username"))


def step(browser, base_url, order_path, button_id, fields=None):
    browser.get(base_url + order_path)
    for field_id, value in (fields or {}).items():
        element = browser.find_element("id", field_id)
        element.clear()
        element.send_keys(value)
    browser.find_element("id", button_id).click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.endswith(order_path) and not b.find_elements("id", "form-error"))


def test_a_resident_request_is_handled_and_rated(browser, base_url):
    browser.set_window_size(390, 844)  # a phone
    browser.get(base_url + "/portal")
    Select(browser.find_element("id", "category")).select_by_value("A05")
    browser.find_element("id", "description").send_keys("幸福里北门路灯连续三晚不亮")
    browser.find_element("id", "address").send_keys("幸福里北门")
    browser.find_element("id", "phone").send_keys("13900008888")
    browser.find_element("id", "portal-submit").click()
    number = WebDriverWait(browser, 10).until(lambda b: b.find_element("id", "receipt-number")).text
    assert re.fullmatch(r"\d{8}-\d{5}", number)
    # The page fits the phone: nothing wider than the screen.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 400

    browser.set_window_size(1280, 1000)
    login(browser, base_url, "supervisor")
    browser.get(base_url + "/work-orders?tab=registered")
    link = browser.find_element("xpath", "//code[text()='%s']/.." % number)
    order_path = link.get_attribute("href").replace(base_url, "")
    step(browser, base_url, order_path, "step-dispatch")
    assert "已派遣" in browser.find_element("id", "order-status").text
    logout(browser)

    login(browser, base_url, "handler")
    step(browser, base_url, order_path, "step-accept")
    step(browser, base_url, order_path, "step-reply", {"reply-text": "已更换灯具，恢复照明"})
    logout(browser)

    login(browser, base_url, "supervisor")
    step(browser, base_url, order_path, "step-close")
    assert "已结案" in browser.find_element("id", "order-status").text
    logout(browser)

    browser.set_window_size(390, 844)
    browser.get(base_url + "/portal/track")
    browser.find_element("id", "number").send_keys(number)
    browser.find_element("id", "phone").send_keys("13900008888")
    browser.find_element("id", "track-submit").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "rate-form"))
    assert "已更换灯具" in browser.page_source
    Select(browser.find_element("id", "satisfaction")).select_by_value("satisfied")
    browser.find_element("id", "rate-submit").click()
    WebDriverWait(browser, 10).until(lambda b: b.find_elements("id", "portal-rated"))
    assert "已回访" in browser.find_element("id", "portal-status").text
