"""A small window with a themed look and an icon."""
import tkinter


def main():
    root = tkinter.Tk()
    root.title("Notes")
    root.tk.call("tk", "scaling", 1.25)
    root.tk.call("wm", "attributes", ".", "-topmost", "1")
    tkinter.Label(root, text="Hello").pack(padx=20, pady=20)
    root.after(2000, root.destroy)
    root.mainloop()


if __name__ == "__main__":
    main()
