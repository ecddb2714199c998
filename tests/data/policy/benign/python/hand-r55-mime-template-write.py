import email

# Decodes an embedded quoted-printable MIME template and writes it out.
msg = email.message_from_string(
    "Content-Transfer-Encoding: quoted-printable\n\nHello =E2=80=94 welcome!\n"
)
body = msg.get_payload(decode=True).decode()
with open("welcome.txt", "w") as fh:
    fh.write(body)
