#!/usr/bin/env python3
"""Runs axe-core (the WCAG 2.0 and 2.1 A and AA rules of the axe bundled with axe-selenium-python) on built pages in headless Chromium.

Usage: scripts/accessibility.py SITE_DIR [PAGE ...]   (default: one page of each kind)
Prints each violation with its rule, impact and the first offending element; exits 1 when
there is any. Needs chromium, chromium-driver and `pip install selenium axe-selenium-python`.
"""
import pathlib
import sys
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

DEFAULT = ["index.html", "programs/index.html", "programs/digital-council/index.html", "projects/index.html",
           "projects/customer-portal/index.html", "projects/customer-portal/status/2026-10-31/index.html",
           "changes/index.html", "resources/index.html", "strategy/index.html", "risks/index.html",
           "reports/index.html", "methodology/index.html"]


def main():
    site = pathlib.Path(sys.argv[1])
    pages = sys.argv[2:] or DEFAULT
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(300)
    failures = 0
    try:
        for page in pages:
            driver.get((site / page).resolve().as_uri())
            axe = Axe(driver)
            axe.inject()
            # Every rule of the bundled axe (WCAG A/AA and best practices); its run options hang
            # on this old axe, so none are passed.
            results = axe.run()
            for v in results["violations"]:
                failures += 1
                target = v["nodes"][0]["target"] if v["nodes"] else ""
                print(f"{page}: {v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} element(s), e.g. {target}")
            print(f"{page}: {len(results['violations'])} violation(s), {len(results['passes'])} rules passed")
    finally:
        driver.quit()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
