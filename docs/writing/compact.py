"""Prints an occupations file in the layout of the project's CompactPrinter (data package): objects and
lists down to an occupation's fields on lines of their own, deeper values on one line."""
import json
FIELD_DEPTH = 3
def inline(value):
    return json.dumps(value, ensure_ascii=False, separators=(', ', ': '))
def dump(node, depth=0):
    spread = depth <= FIELD_DEPTH and len(node) > 0 if isinstance(node, (dict, list)) else False
    if isinstance(node, list) and depth == FIELD_DEPTH:
        spread = False
    if not spread:
        return inline(node)
    indent = '  ' * (depth + 1)
    if isinstance(node, dict):
        items = [indent + json.dumps(k, ensure_ascii=False) + ': ' + dump(v, depth + 1) for k, v in node.items()]
        return '{\n' + ',\n'.join(items) + '\n' + '  ' * depth + '}'
    items = [indent + dump(v, depth + 1) for v in node]
    return '[\n' + ',\n'.join(items) + '\n' + '  ' * depth + ']'
