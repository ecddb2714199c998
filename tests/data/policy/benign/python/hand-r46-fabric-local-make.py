"""Build locally, then deploy, with fabric."""
from fabric import Connection

c = Connection("localhost")
c.local("make -j2", hide=True)
