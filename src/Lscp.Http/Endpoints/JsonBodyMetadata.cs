namespace Lscp.Http.Endpoints;

/// <summary>
/// Names the JSON body type of an endpoint that reads its own body (to refuse bad input with problem+json, including a wrong
/// content type, which the routing's own content-type check would answer with an empty 415); the OpenAPI generator
/// documents the body from it.
/// </summary>
/// <param name="BodyType">The body's type.</param>
internal sealed record JsonBodyMetadata(Type BodyType);
