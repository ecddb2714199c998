#!/usr/bin/env python3
"""Fetch current weather for several cities in parallel (OpenWeatherMap)."""
import concurrent.futures
import json
import logging
import os
import sys
import urllib.parse
import urllib.request

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger(__name__)

API_URL = "https://api.openweathermap.org/data/2.5/weather"
CITIES = ["London", "Paris", "Berlin", "Madrid", "Rome", "Lisbon"]


def get_weather(city, api_key):
    q = urllib.parse.urlencode({"q": city, "appid": api_key, "units": "metric"})
    with urllib.request.urlopen(f"{API_URL}?{q}", timeout=15) as resp:
        data = json.load(resp)
    return city, data["main"]["temp"], data["weather"][0]["description"]


def main():
    api_key = os.environ.get("OPENWEATHER_API_KEY")
    if not api_key:
        log.error("set OPENWEATHER_API_KEY")
        return 1
    cities = sys.argv[1:] or CITIES
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(get_weather, c, api_key): c for c in cities}
        for fut in concurrent.futures.as_completed(futures):
            city = futures[fut]
            try:
                results.append(fut.result())
            except Exception as e:  # network errors, bad city names
                log.warning("%s: %s", city, e)
    for city, temp, desc in sorted(results, key=lambda r: r[1], reverse=True):
        print(f"{city:<10} {temp:6.1f} C  {desc}")
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
