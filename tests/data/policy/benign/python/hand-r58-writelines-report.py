from pathlib import Path

lines = ["name,count\n", "alpha,3\n", "beta,5\n"]
with (Path("out") / "report.csv").open("w") as fh:
    fh.writelines(lines)
