#@ pos ssh key
open("/root/.ssh/id_rsa").read()
#@ pos home-relative
import os
os.path.expanduser("~/.ssh/config")
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
