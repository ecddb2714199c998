"""Save and reload a model locally."""
import joblib

joblib.dump({"weights": [1, 2, 3]}, "model.joblib")
print(joblib.load("model.joblib"))
