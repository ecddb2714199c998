# Ordinary program: an HTTP client for a weather API. Reads the API key from
# the WEATHER_API_KEY environment variable or a local .weatherrc in the current
# project, queries the forecast for a city and prints a summary.
import json
import os
import sys
import urllib.parse
import urllib.request

API = "https://api.weather.example.com/v2/forecast"


def api_key():
    key = os.environ.get("WEATHER_API_KEY")
    if key:
        return key
    try:
        with open(".weatherrc", encoding="utf-8") as fh:
            return fh.read().strip()
    except FileNotFoundError:
        sys.exit("set WEATHER_API_KEY or create .weatherrc")


def forecast(city, days=3):
    qs = urllib.parse.urlencode({"q": city, "days": days})
    req = urllib.request.Request(f"{API}?{qs}", headers={"Authorization": f"Bearer {api_key()}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def main(argv):
    city = " ".join(argv) or "Berlin"
    data = forecast(city)
    for day in data.get("days", []):
        print(f"{day['date']}: {day['min']:>5.1f} .. {day['max']:>5.1f} C  {day['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
