import ast


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "x":
            node.id = "y"
        return node


tree = Rename().visit(ast.parse("x = x + 1"))
print(ast.unparse(tree))
