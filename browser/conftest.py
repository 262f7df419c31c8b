"""Browser tests drive a real Chromium against a CivicGrid server the test command started.

The server address comes from CIVICGRID_URL (scripts/test sets it); every test gets a fresh
browser profile so cookies never leak between tests.
"""
import datetime
import os
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait

BASE_URL = os.environ.get("CIVICGRID_URL", "http://127.0.0.1:8080")
PASSWORD = "Demo@2026"


def china_today():
    """The server keeps China's calendar (AppClock.china); between 16:00 and 24:00 UTC the
    machine's own date is a day behind it, so every date a test types or expects comes from here.
    China keeps UTC+8 all year, so a fixed offset needs no time-zone database."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()


@pytest.fixture
def base_url():
    return BASE_URL


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,1000", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def login(browser, base_url, username, password=PASSWORD):
    browser.get(base_url + "/login")
    browser.find_element("id", "username").send_keys(username)
    browser.find_element("id", "password").send_keys(password)
    browser.find_element("id", "login-submit").click()
    # Wait for the answer to the form post before the test navigates on.
    WebDriverWait(browser, 10).until(
        lambda b: "/login" not in b.current_url or b.find_elements("id", "login-error"))


def wait_after_navigation(browser, condition, seconds=10):
    """Waits for `condition` across a page load: elements of the page being left go stale."""
    return WebDriverWait(browser, seconds, ignored_exceptions=[StaleElementReferenceException]).until(condition)


def click_and_wait(browser, element):
    """Clicks a form's button and waits for the page the post answers with."""
    page = browser.find_element("tag name", "html")
    element.click()
    WebDriverWait(browser, 10).until(lambda b: page.id != b.find_element("tag name", "html").id)
