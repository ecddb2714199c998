"""Load the published feature table (CSV)."""
import pandas as pd

table = pd.read_csv("https://data.example.com/features.csv")
print(table.describe())
