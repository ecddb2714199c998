#@ pos chmod +s
chmod +s /tmp/sh
#@ pos chmod u+s
chmod u+s ./helper
#@ pos chmod g+s
chmod g+s /srv/shared
#@ pos chmod 4755
chmod 4755 /usr/local/bin/tool
#@ pos chmod 2755
chmod 2755 dir
#@ pos chmod 6755 through sudo
sudo chmod 6755 ./x
#@ pos chmod with a leading zero and a recursive flag
chmod -R 04755 ./bin
#@ pos symbolic modes in a list
chmod u+rwx,g+s ./x
#@ pos mode in a variable
m=4755
chmod "$m" ./x
#@ pos install -m 4755
install -m 4755 ./tool /usr/local/bin/tool
#@ pos setcap cap_setuid
setcap cap_setuid+ep ./python3
#@ neg chmod 755
chmod 755 ./script.sh
#@ neg chmod +x
chmod +x ./run.sh
#@ neg removing the setuid bit
chmod u-s ./x
chmod 0755 ./y
#@ neg the sticky bit alone
chmod 1777 /tmp/shared
#@ neg in a string
echo "chmod +s is dangerous"
#@ neg install -m 755
install -m 0755 ./tool ~/bin/tool
