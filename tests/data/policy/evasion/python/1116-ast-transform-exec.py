import ast


class Swap(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "print":
            return ast.parse("__import__('os').system", mode="eval").body
        return node


tree = ast.parse("print('id; uname -a')")
tree = ast.fix_missing_locations(Swap().visit(tree))
exec(compile(tree, "<m>", "exec"))
