#!/usr/bin/env python3
"""Generic store whose parameter names its root."""
import os
import shutil


class Store:
    @classmethod
    def __class_getitem__(cls, root):
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(root, exist_ok=True)
        return cls


if __name__ == "__main__":
    Store[os.path.join("var", "store")]
