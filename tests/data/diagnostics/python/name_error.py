def greet(name):
    print('hello', nam)


greet('x')
