#!/usr/bin/env python3
"""Screenshots of each chart type the example site draws, for docs/charts.md.

Usage: scripts/chart-gallery.py SITE_DIR OUT_DIR
Opens the built pages in headless Chromium (Debian's chromium and chromium-driver, selenium
from pip), finds the first chart of each kind and saves OUT_DIR/<kind>.png at 1280 px wide.
"""
import pathlib
import sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

PAGES = ["index.html", "projects/customer-portal/index.html", "programs/digital-council/index.html",
         "programs/net-zero-estate/index.html", "resources/index.html", "strategy/index.html", "risks/index.html"]


def main():
    site, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    done = set()
    try:
        for page in PAGES:
            driver.get((site / page).resolve().as_uri())
            for figure in driver.find_elements(By.CSS_SELECTOR, "figure.chart-figure"):
                svg = figure.find_element(By.CSS_SELECTOR, "svg")
                kind = [c for c in svg.get_attribute("class").split() if c.startswith("chart--")][0][len("chart--"):]
                if kind in done:
                    continue
                done.add(kind)
                target = out / f"{kind}.png"
                box = figure.find_element(By.CSS_SELECTOR, ".chart-scroll")
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
                box.screenshot(str(target))
                print(target)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
