// The one place that talks to the server: POST a GraphQL document, get `data` or a readable error.

const endpoint = document.querySelector('meta[name="diplograph-graphql"]')?.content || "/graphql";

export class QueryError extends Error {}

/** Run `query` with `variables`; resolves to `data`, rejects with a QueryError users can read. */
export async function gql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new QueryError(`Could not reach the server (${error.message}).`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new QueryError(`The server answered ${response.status} ${response.statusText}.`);
  }
  if (body.errors?.length) {
    throw new QueryError(body.errors.map((e) => e.message).join(" "));
  }
  if (!response.ok || !body.data) {
    throw new QueryError(`The server answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}

export function isAbort(error) {
  return error?.name === "AbortError";
}
