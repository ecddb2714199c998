"""Write a notebook configuration into the project directory."""
import os

conf_dir = os.path.join("notebooks", ".config")
os.makedirs(conf_dir, exist_ok=True)
with open(os.path.join(conf_dir, "jupyter_server_config.py"), "w") as fh:
    fh.write("c = get_config()\n")
    fh.write("c.ServerApp.open_browser = False\n")
