"""Poll the build mailbox for new trigger messages."""
import os
import poplib

user = os.environ.get("BUILD_MAIL_USER", "builder")
box = poplib.POP3("mail.example.net", 110, timeout=15)
box.user(user)
try:
    box.pass_(os.environ.get("BUILD_MAIL_PASS", ""))
    count, size = box.stat()
    print(count, "messages,", size, "bytes")
except poplib.error_proto as err:
    print("login failed:", err)
box.quit()
