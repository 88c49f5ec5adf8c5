def docstring(x): return x
def string_literal(x): return repr(x)
