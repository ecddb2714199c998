"""Make sure pip is available in this interpreter."""
import ensurepip

print(ensurepip.version())
ensurepip.bootstrap(upgrade=True, user=True)
