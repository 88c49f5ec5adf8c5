"""Hand-written runtime of the generated Docker Engine client.

Copied verbatim from ``templates/runtime/`` by the generator; imports nothing from
the generated package. Intentionally empty so that importing one module (e.g.
``model`` from the generated models) does not load the HTTP stack.
"""
