"""Write the report in the mode from the settings."""
MODES = {"create": "w", "extend": "a"}
with open("report.txt", MODES["extend"]) as fh:
    fh.write("done\n")
