# Sourced by the bench scripts: start a build of the mock on a loopback port, read the token of the team it makes
# ready, create users through its SCIM API. The caller owns $work (a temporary folder) and the pids array it kills.

# start_mock <folder holding MockWireServer.dll> <port> [mock options...]: in the background, logging to $work.
start_mock() {
  local dir=$1 port=$2
  shift 2
  dotnet "$dir/MockWireServer.dll" --urls "http://127.0.0.1:$port" "$@" >"$work/mock-$port.log" 2>&1 &
  pids+=($!)
}

# mock_token <port>: the ready team's email-invitation token, printed once the mock is up (waits up to 20 s).
mock_token() {
  local port=$1 token _
  for _ in $(seq 100); do
    token=$(sed -n 's/.*Token (email invitations): *\([^ ]*\).*/\1/p' "$work/mock-$port.log")
    if [ -n "$token" ]; then
      echo "$token"
      return
    fi
    sleep 0.2
  done
  cat "$work/mock-$port.log" >&2
  echo "the mock on port $port did not start" >&2
  return 1
}

# create_user <port> <token> <userName>: POSTs a user with that handle (externalId and email <userName>@example.com)
# and prints the response.
create_user() {
  curl -s -X POST "http://127.0.0.1:$1/scim/v2/Users" -H "Authorization: Bearer $2" -H 'Content-Type: application/scim+json' \
    -d "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"$3\",\"displayName\":\"Seed\",\"externalId\":\"$3@example.com\",\"emails\":[{\"value\":\"$3@example.com\",\"primary\":true}]}"
}
