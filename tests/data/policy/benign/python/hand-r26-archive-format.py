import shutil
import zipfile


def builder(base_name, base_dir, **kw):
    with zipfile.ZipFile(base_name + ".zip", "w") as z:
        z.write(base_dir)
    return base_name + ".zip"


shutil.register_archive_format("flat", builder, description="flat zip")
shutil.make_archive("dist/site", "flat", base_dir="site")
