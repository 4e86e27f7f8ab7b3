def handler(event, context):
    return "hello from an asset"
