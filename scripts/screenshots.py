#!/usr/bin/env python3
"""Screenshots of built pages in headless Chromium, as a reader sees them.

Usage: scripts/screenshots.py SITE_DIR OUT_DIR [PAGE ...] [--widths 1280,390]
PAGE is a path relative to SITE_DIR (default: index.html). Writes OUT_DIR/<page>-<width>.png
with the full page height. Needs Debian's chromium and chromium-driver, and selenium (pip).
"""
import argparse
import pathlib
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("out")
    parser.add_argument("pages", nargs="*", default=["index.html"])
    parser.add_argument("--widths", default="1280,390")
    parser.add_argument("--print", action="store_true", help="emulate print media")
    parser.add_argument("--dark", action="store_true", help="emulate prefers-color-scheme: dark")
    parser.add_argument("--height", type=int, default=0, help="fixed window height (default: the whole page)")
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -dark")
    args = parser.parse_args()

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        media = {"media": "print" if args.print else ""}
        if args.dark:
            media["features"] = [{"name": "prefers-color-scheme", "value": "dark"}]
        if args.print or args.dark:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", media)
        for page in args.pages:
            url = pathlib.Path(args.site, page).resolve().as_uri()
            for width in (int(w) for w in args.widths.split(",")):
                driver.set_window_size(width, 900)
                driver.get(url)
                height = args.height or driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(max(height, 600), 8000))
                name = page.replace("/index.html", "").replace("/", "_").replace(".html", "") or "index"
                target = out / f"{name}-{width}{args.suffix}.png"
                driver.save_screenshot(str(target))
                print(target)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
