/// The API's OpenAPI 3.1 description, served at `GET /openapi.json` and printed by `alpha-sre serve --print-openapi`.
/// It lives in the source so the binary needs no resource bundle; `scripts/test` validates it with
/// `openapi-spec-validator`, and `OpenAPITests` check that every route is documented (and only real routes), that every
/// operation documents its problem responses and security, and that real responses match the documented schemas.
/// Edit it by hand; keep `x-required-role` in step with each route's `context.require(...)`. Guide: docs/api.md.
public enum OpenAPIDocument {
    /// The document, JSON.
    public static let json: String = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "AlphaSRE API",
            "version": "1.0.0",
            "summary": "Submit incidents for root-cause analysis, follow them through their lifecycle, decide on remediations.",
            "description": "The HTTP API of `alpha-sre serve`. Every `/api/v1` operation needs `Authorization: Bearer <token>`; create tokens with `alpha-sre admin token create` (or `POST /api/v1/tokens` as an admin). A token belongs to one tenant and has one role (viewer < responder < approver < admin); each operation's `x-required-role` names the least role it needs. Every error is `application/problem+json` (RFC 9457). Guide: docs/api.md."
          },
          "servers": [
            {
              "url": "http://127.0.0.1:8080",
              "description": "`alpha-sre serve` defaults"
            }
          ],
          "tags": [
            {
              "name": "incidents"
            },
            {
              "name": "decisions"
            },
            {
              "name": "events"
            },
            {
              "name": "admin"
            },
            {
              "name": "operations"
            }
          ],
          "paths": {
            "/healthz": {
              "get": {
                "operationId": "getHealth",
                "summary": "Liveness",
                "tags": [
                  "operations"
                ],
                "description": "200 while the process serves HTTP. Needs no token.",
                "x-required-role": "none",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The process is alive.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/readyz": {
              "get": {
                "operationId": "getReadiness",
                "summary": "Readiness",
                "tags": [
                  "operations"
                ],
                "description": "200 when the store answers a query, 503 (problem JSON) when it does not. Needs no token.",
                "x-required-role": "none",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The store answers.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Readiness"
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/metrics": {
              "get": {
                "operationId": "getMetrics",
                "summary": "Prometheus metrics",
                "tags": [
                  "operations"
                ],
                "description": "Prometheus text exposition format 0.0.4: HTTP requests by route, method and status, request and analysis durations, job queue counters, SSE subscribers. Needs no token; expose it only to your scraper.",
                "x-required-role": "none",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The metrics.",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        },
                        "example": "alpha_sre_analyses_total{outcome=\"succeeded\"} 1\n"
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "getOpenAPI",
                "summary": "This document",
                "tags": [
                  "operations"
                ],
                "description": "The OpenAPI 3.1 description of the API (this document). Needs no token.",
                "x-required-role": "none",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The document.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "description": "An OpenAPI 3.1 document.",
                          "required": [
                            "openapi",
                            "info",
                            "paths"
                          ],
                          "properties": {
                            "openapi": {
                              "type": "string"
                            }
                          },
                          "additionalProperties": true
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/incidents/analyze": {
              "post": {
                "operationId": "analyzeIncident",
                "summary": "Submit an incident for analysis",
                "tags": [
                  "incidents"
                ],
                "description": "Stores the incident and queues its analysis, then answers 202 at once; the analysis runs in the background. Poll the `Location` (the status endpoint) until `analysis` is `succeeded` or `failed`, or follow the event stream, then read the report at `GET /api/v1/incidents/{id}`. A malformed incident is a 400 whose `pointer` names the JSON path (e.g. `$.logs[3].timestamp`); nothing is stored then.\n\nNeeds the `responder` role or higher (responder, approver, admin); a viewer token gets 403.",
                "x-required-role": "responder",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "The incident, as described by docs/schemas/incident.schema.json.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IncidentInput"
                      },
                      "example": {
                        "deployment_id": "orders-api-2026-05-01",
                        "service": "orders-api",
                        "logs": [],
                        "metrics": [],
                        "commits": [],
                        "alerts": []
                      }
                    }
                  }
                },
                "responses": {
                  "202": {
                    "description": "Stored and queued.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AnalyzeAccepted"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The incident's status URL, `/api/v1/incidents/{id}/status`.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "408": {
                    "$ref": "#/components/responses/RequestTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents": {
              "get": {
                "operationId": "listIncidents",
                "summary": "List incidents",
                "tags": [
                  "incidents"
                ],
                "description": "The tenant's incidents, newest first, one page at a time. Pass the `next_cursor` of a page as `cursor` to get the next; it is null on the last page. Filters combine.\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "description": "Only incidents in this lifecycle status (400 for another value; `pointer` is `status`).",
                    "schema": {
                      "$ref": "#/components/schemas/LifecycleStatus"
                    }
                  },
                  {
                    "name": "service",
                    "in": "query",
                    "required": false,
                    "description": "Only incidents of this service (exact match; empty means no filter).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "cursor",
                    "in": "query",
                    "required": false,
                    "description": "The `next_cursor` of the previous page, unchanged (its form, `<microseconds>.<incident id>`, is not a contract; 400 when it does not parse; empty means the first page).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(-?[0-9]{1,18}[.][0-9A-Za-z_-]+)?$"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Page size (400 outside 1...500; `pointer` is `limit`).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 500,
                      "default": 50
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}": {
              "get": {
                "operationId": "getIncident",
                "summary": "An incident and its report",
                "tags": [
                  "incidents"
                ],
                "description": "The incident and its analysis report; `report` is null until the analysis is saved.\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The incident.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IncidentDetail"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/status": {
              "get": {
                "operationId": "getIncidentStatus",
                "summary": "Lifecycle and analysis status",
                "tags": [
                  "incidents"
                ],
                "description": "Where the incident is in its lifecycle and where its analysis is (`queued`, `running`, `succeeded`, `failed`). This is the `Location` of the 202 from analyze.\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The status.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Status"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/timeline": {
              "get": {
                "operationId": "getIncidentTimeline",
                "summary": "Timeline",
                "tags": [
                  "incidents"
                ],
                "description": "Everything that happened to the incident, oldest first: status changes, analysis progress, notes, decisions.\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The timeline.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TimelinePage"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/transition": {
              "post": {
                "operationId": "transitionIncident",
                "summary": "Move through the lifecycle",
                "tags": [
                  "incidents"
                ],
                "description": "Moves the incident to `status` if the lifecycle allows it (triggered → investigating, identified, mitigated, resolved; investigating → identified, mitigated, resolved; identified → mitigated, resolved; mitigated → resolved, investigating; resolved → investigating), else 409 with type `.../invalid-transition`. A non-empty `note` is added to the timeline. Publishes `incident.updated`.\n\nNeeds the `responder` role or higher (responder, approver, admin); a viewer token gets 403.",
                "x-required-role": "responder",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "The target status and an optional note.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TransitionRequest"
                      },
                      "example": {
                        "status": "mitigated",
                        "note": "rolled back the deploy"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The incident after the move.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Incident"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "408": {
                    "$ref": "#/components/responses/RequestTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/approve": {
              "post": {
                "operationId": "approveRemediation",
                "summary": "Approve a remediation",
                "tags": [
                  "decisions"
                ],
                "description": "Records a person's approved decision on one remediation of the report; nothing is executed. A remediation is named by the cause `label` of the hypothesis that carries it. 400 when `remediation` is missing (checked first), 404 when the incident is unknown or the report suggests no such remediation, 409 (`.../analysis-pending`) while the incident has no report. Publishes `remediation.approved`.\n\nNeeds the `approver` role or higher (approver, admin); viewer and responder tokens get 403.",
                "x-required-role": "approver",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "Which remediation, and why.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/DecisionRequest"
                      },
                      "example": {
                        "remediation": "db_missing_index",
                        "reason": "index build is online"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The recorded decision.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Decision"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "408": {
                    "$ref": "#/components/responses/RequestTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/reject": {
              "post": {
                "operationId": "rejectRemediation",
                "summary": "Reject a remediation",
                "tags": [
                  "decisions"
                ],
                "description": "Records a person's rejected decision on one remediation of the report; nothing is executed. A remediation is named by the cause `label` of the hypothesis that carries it. 400 when `remediation` is missing (checked first), 404 when the incident is unknown or the report suggests no such remediation, 409 (`.../analysis-pending`) while the incident has no report. Publishes `remediation.rejected`.\n\nNeeds the `approver` role or higher (approver, admin); viewer and responder tokens get 403.",
                "x-required-role": "approver",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "Which remediation, and why.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/DecisionRequest"
                      },
                      "example": {
                        "remediation": "db_missing_index",
                        "reason": "index build is online"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The recorded decision.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Decision"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "408": {
                    "$ref": "#/components/responses/RequestTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/incidents/{id}/decisions": {
              "get": {
                "operationId": "listDecisions",
                "summary": "Decisions on an incident",
                "tags": [
                  "decisions"
                ],
                "description": "Every approve/reject decision recorded on the incident, oldest first.\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IncidentID"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The decisions.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DecisionList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/tenant": {
              "get": {
                "operationId": "getTenant",
                "summary": "Who am I",
                "tags": [
                  "admin"
                ],
                "description": "The caller's tenant, and the role and id of the token used. Creating tenants is an operator's job (`alpha-sre admin tenant create`).\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The tenant and the token.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TenantInfo"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/tokens": {
              "get": {
                "operationId": "listTokens",
                "summary": "List API tokens",
                "tags": [
                  "admin"
                ],
                "description": "The tenant's tokens, revoked ones included. Secrets and their hashes are never shown.\n\nNeeds the `admin` role; any other token gets 403.",
                "x-required-role": "admin",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The tokens.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TokenList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              },
              "post": {
                "operationId": "createToken",
                "summary": "Create an API token",
                "tags": [
                  "admin"
                ],
                "description": "Creates a token with `role`; `name` defaults to the role. The secret is in the response this once and is never shown again. Audited as `token.create`.\n\nNeeds the `admin` role; any other token gets 403.",
                "x-required-role": "admin",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "The token's name and role.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TokenCreateRequest"
                      },
                      "example": {
                        "name": "ci",
                        "role": "responder"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The token and its secret.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TokenCreated"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "408": {
                    "$ref": "#/components/responses/RequestTimeout"
                  },
                  "413": {
                    "$ref": "#/components/responses/ContentTooLarge"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/tokens/{tokenID}": {
              "delete": {
                "operationId": "revokeToken",
                "summary": "Revoke an API token",
                "tags": [
                  "admin"
                ],
                "description": "Revokes the token at once (on this server; other replicas within their token cache time, 5 s by default). Revoking a revoked token answers it unchanged. A token cannot revoke itself (409), so an admin cannot lock the tenant out by accident. Audited as `token.revoke`.\n\nNeeds the `admin` role; any other token gets 403.",
                "x-required-role": "admin",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "tokenID",
                    "in": "path",
                    "required": true,
                    "description": "The token's `id`.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The token, with `revoked_at` set.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Token"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/audit": {
              "get": {
                "operationId": "getAuditLog",
                "summary": "Audit log",
                "tags": [
                  "admin"
                ],
                "description": "The tenant's append-only audit log, oldest first. Each entry's `hash` covers the entry and the previous hash.\n\nNeeds the `admin` role; any other token gets 403.",
                "x-required-role": "admin",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The entries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuditLog"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/audit/verify": {
              "get": {
                "operationId": "verifyAuditLog",
                "summary": "Verify the audit log",
                "tags": [
                  "admin"
                ],
                "description": "Recomputes the hash chain of the tenant's audit log and says whether it is intact, and where it breaks if not.\n\nNeeds the `admin` role; any other token gets 403.",
                "x-required-role": "admin",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The verification result.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AuditVerification"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                }
              }
            },
            "/api/v1/events": {
              "get": {
                "operationId": "streamEvents",
                "summary": "Live events (Server-Sent Events)",
                "tags": [
                  "events"
                ],
                "description": "A `text/event-stream` of the caller's tenant's events from the moment of the request on. Each event has an `id` (increasing per server process), an `event` name and one line of JSON `data`:\n\n- `incident.created`: An incident was submitted (data: the incident).\n- `incident.updated`: An incident's status changed (data: the incident).\n- `analysis.started`: A worker started the analysis.\n- `analysis.agent`: One agent of the analysis ran (one event per agent, after the report is saved).\n- `analysis.finished`: The report is saved.\n- `analysis.failed`: The analysis failed; the timeline says why.\n- `remediation.approved`: A remediation was approved (data: the decision).\n- `remediation.rejected`: A remediation was rejected (data: the decision).\n\nThe stream starts with `retry: 2000` and sends a `: keep-alive` comment every 15 s. A client too slow to read loses the oldest events (1,000 are buffered); re-read state through the API after a reconnect. The stream ends on server shutdown.\n\nNeeds the `viewer` role (every token has it).",
                "x-required-role": "viewer",
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The stream (never ends on its own).",
                    "content": {
                      "text/event-stream": {
                        "schema": {
                          "type": "string",
                          "description": "SSE frames: `id: N`, `event: NAME`, `data: JSON`, blank line."
                        },
                        "example": "retry: 2000\n: connected\n\nid: 1\nevent: incident.created\ndata: {\"id\":\"inc_1\",\"service\":\"orders-api\",\"status\":\"triggered\",\"created_at\":\"2026-05-01T10:00:00Z\",\"updated_at\":\"2026-05-01T10:00:00Z\"}\n\n"
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  }
                },
                "x-events": [
                  {
                    "name": "incident.created",
                    "data": "#/components/schemas/Incident"
                  },
                  {
                    "name": "incident.updated",
                    "data": "#/components/schemas/Incident"
                  },
                  {
                    "name": "analysis.started",
                    "data": "#/components/schemas/AnalysisEvent"
                  },
                  {
                    "name": "analysis.agent",
                    "data": "#/components/schemas/AgentEvent"
                  },
                  {
                    "name": "analysis.finished",
                    "data": "#/components/schemas/AnalysisFinishedEvent"
                  },
                  {
                    "name": "analysis.failed",
                    "data": "#/components/schemas/AnalysisEvent"
                  },
                  {
                    "name": "remediation.approved",
                    "data": "#/components/schemas/Decision"
                  },
                  {
                    "name": "remediation.rejected",
                    "data": "#/components/schemas/Decision"
                  }
                ]
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "description": "An API token: `Authorization: Bearer <secret>`. Create one with `alpha-sre admin token create` or `POST /api/v1/tokens`."
              }
            },
            "parameters": {
              "IncidentID": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The incident's `id`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "responses": {
              "BadRequest": {
                "description": "The request is not valid (type `.../invalid-input`); `pointer` says where: a JSON path into the body (`$.logs[0].timestamp`, `$.status`) or a query parameter's name (`status`, `limit`, `cursor`).",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/invalid-input",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "unknown status 'done'; one of triggered, investigating, identified, mitigated, resolved",
                      "instance": "/api/v1/incidents/inc_1/transition",
                      "pointer": "$.status"
                    }
                  }
                }
              },
              "Unauthorized": {
                "description": "No `Authorization: Bearer <token>` header, another scheme, or an unknown or revoked token (type `.../unauthorized`).",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/unauthorized",
                      "title": "Authentication required",
                      "status": 401,
                      "detail": "the token is unknown or revoked",
                      "instance": "/api/v1/incidents"
                    }
                  }
                },
                "headers": {
                  "WWW-Authenticate": {
                    "description": "`Bearer realm=\"alpha-sre\"`.",
                    "schema": {
                      "type": "string"
                    }
                  }
                }
              },
              "Forbidden": {
                "description": "The token's role does not allow this operation (type `.../forbidden`).",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/forbidden",
                      "title": "Not allowed for this role",
                      "status": 403,
                      "detail": "this needs the approver role; the token has responder",
                      "instance": "/api/v1/incidents/inc_1/approve"
                    }
                  }
                }
              },
              "NotFound": {
                "description": "No such incident, token or remediation in the caller's tenant (type `.../not-found`). Another tenant's ids look exactly like this.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "incident 'inc_1' not found",
                      "instance": "/api/v1/incidents/inc_1"
                    }
                  }
                }
              },
              "Conflict": {
                "description": "The request conflicts with the current state: `.../invalid-transition` (lifecycle), `.../analysis-pending` (no report yet), `.../duplicate`, `.../conflict`.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/invalid-transition",
                      "title": "Conflict with the current state",
                      "status": 409,
                      "detail": "incident cannot move from resolved to identified; allowed from resolved: investigating",
                      "instance": "/api/v1/incidents/inc_1/transition"
                    }
                  }
                }
              },
              "RequestTimeout": {
                "description": "The request body did not arrive within the body timeout (30 s by default; type `.../request-timeout`).",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/request-timeout",
                      "title": "Request timed out",
                      "status": 408,
                      "detail": "the request body did not arrive within 30.0 seconds",
                      "instance": "/api/v1/incidents/analyze"
                    }
                  }
                }
              },
              "ContentTooLarge": {
                "description": "The body is larger than the configured limit (10 MiB by default; type `.../body-too-large`).",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the request body exceeds the limit of 10485760 bytes",
                      "instance": "/api/v1/incidents/analyze"
                    }
                  }
                }
              },
              "InternalError": {
                "description": "The server failed (type `.../internal`); the cause is logged, never returned.",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the server failed to handle the request; it is logged",
                      "instance": "/api/v1/incidents"
                    }
                  }
                }
              },
              "Unavailable": {
                "description": "The database is not reachable (type `.../unavailable`).",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    },
                    "example": {
                      "type": "https://alpha-sre.dev/problems/unavailable",
                      "title": "Service unavailable",
                      "status": 503,
                      "detail": "the database is not available",
                      "instance": "/api/v1/incidents"
                    }
                  }
                }
              }
            },
            "schemas": {
              "Role": {
                "type": "string",
                "enum": [
                  "viewer",
                  "responder",
                  "approver",
                  "admin"
                ],
                "description": "What a token may do; each role includes the ones before it (viewer < responder < approver < admin)."
              },
              "LifecycleStatus": {
                "type": "string",
                "enum": [
                  "triggered",
                  "investigating",
                  "identified",
                  "mitigated",
                  "resolved"
                ],
                "description": "Where an incident is in its lifecycle."
              },
              "AgentStatus": {
                "type": "string",
                "enum": [
                  "ok",
                  "failed",
                  "skipped",
                  "timed_out"
                ],
                "description": "How an analysis agent's run ended."
              },
              "AnalysisState": {
                "type": "string",
                "enum": [
                  "queued",
                  "running",
                  "succeeded",
                  "failed"
                ],
                "description": "Where an incident's analysis is."
              },
              "Problem": {
                "type": "object",
                "description": "RFC 9457 problem details, sent as `application/problem+json` for every error.",
                "required": [
                  "type",
                  "title",
                  "status",
                  "detail"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "format": "uri",
                    "description": "Stable per kind of problem: `https://alpha-sre.dev/problems/<kind>`; branch on it."
                  },
                  "title": {
                    "type": "string",
                    "description": "A fixed summary of the kind."
                  },
                  "status": {
                    "type": "integer",
                    "description": "The HTTP status code."
                  },
                  "detail": {
                    "type": "string",
                    "description": "This occurrence, for people."
                  },
                  "instance": {
                    "type": "string",
                    "description": "The request path."
                  },
                  "pointer": {
                    "type": "string",
                    "description": "Where the input is at fault: a JSON path into the body (`$.logs[3].timestamp`) or a query parameter name."
                  }
                }
              },
              "Health": {
                "type": "object",
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "const": "ok"
                  }
                }
              },
              "Readiness": {
                "type": "object",
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "const": "ready"
                  }
                }
              },
              "IncidentInput": {
                "type": "object",
                "required": [
                  "deployment_id"
                ],
                "description": "An incident: logs, metrics, recent commits, config and alerts around one deployment. The full contract is docs/schemas/incident.schema.json (JSON Schema 2020-12, `https://alpha-sre.dev/schemas/incident-v1.json`) and docs/incident-format.md.",
                "properties": {
                  "deployment_id": {
                    "type": "string"
                  },
                  "service": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "`unknown` when absent, null or empty."
                  }
                },
                "additionalProperties": true
              },
              "AnalysisReport": {
                "type": "object",
                "required": [
                  "deployment_id",
                  "hypotheses",
                  "signals",
                  "agents"
                ],
                "description": "The analysis report, exactly what `alpha-sre analyze --format json` prints. The full contract is docs/schemas/analysis.schema.json (`https://alpha-sre.dev/schemas/analysis-v1.json`).",
                "properties": {
                  "incident_id": {
                    "type": "string"
                  },
                  "deployment_id": {
                    "type": "string"
                  },
                  "hypotheses": {
                    "type": "array",
                    "description": "Ranked root causes, most likely first.",
                    "items": {
                      "type": "object",
                      "required": [
                        "label",
                        "description",
                        "supporting_signals",
                        "confidence",
                        "severity"
                      ],
                      "properties": {
                        "label": {
                          "type": "string",
                          "description": "A label from docs/schemas/causes.md."
                        },
                        "description": {
                          "type": "string"
                        },
                        "supporting_signals": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "additionalProperties": true
                          }
                        },
                        "confidence": {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 1,
                          "description": "A calibrated probability."
                        },
                        "severity": {
                          "type": "string"
                        },
                        "remediation": {
                          "type": "object",
                          "additionalProperties": true,
                          "description": "The suggested fix; approve or reject it by this hypothesis's `label`."
                        }
                      },
                      "additionalProperties": true
                    }
                  },
                  "signals": {
                    "type": "object",
                    "description": "The deterministic layer's output, before any agent reasons over it.",
                    "additionalProperties": true
                  },
                  "agents": {
                    "type": "array",
                    "description": "One entry per agent run: the execution timeline.",
                    "items": {
                      "type": "object",
                      "required": [
                        "name",
                        "status"
                      ],
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "status": {
                          "$ref": "#/components/schemas/AgentStatus"
                        },
                        "started_at": {
                          "type": "string"
                        },
                        "offset_ms": {
                          "type": "number"
                        },
                        "duration_ms": {
                          "type": "number"
                        },
                        "hypotheses": {
                          "type": "array"
                        },
                        "error": {
                          "type": "string"
                        }
                      },
                      "additionalProperties": true
                    }
                  }
                },
                "additionalProperties": true
              },
              "AnalyzeAccepted": {
                "type": "object",
                "required": [
                  "id",
                  "status",
                  "job_id",
                  "status_url",
                  "report_url"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The incident's id."
                  },
                  "status": {
                    "$ref": "#/components/schemas/LifecycleStatus"
                  },
                  "job_id": {
                    "type": "string",
                    "description": "The queued analysis job."
                  },
                  "status_url": {
                    "type": "string",
                    "description": "`/api/v1/incidents/{id}/status` (also the `Location`)."
                  },
                  "report_url": {
                    "type": "string",
                    "description": "`/api/v1/incidents/{id}`."
                  }
                }
              },
              "Incident": {
                "type": "object",
                "description": "A stored incident (the submitted JSON is not repeated).",
                "required": [
                  "id",
                  "service",
                  "status",
                  "created_at",
                  "updated_at"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "service": {
                    "type": "string"
                  },
                  "status": {
                    "$ref": "#/components/schemas/LifecycleStatus"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  }
                }
              },
              "IncidentPage": {
                "type": "object",
                "description": "One page of incidents, newest first.",
                "required": [
                  "items",
                  "next_cursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Incident"
                    }
                  },
                  "next_cursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` for the next page; null on the last page."
                  }
                }
              },
              "IncidentDetail": {
                "type": "object",
                "required": [
                  "incident",
                  "report"
                ],
                "properties": {
                  "incident": {
                    "$ref": "#/components/schemas/Incident"
                  },
                  "report": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/AnalysisReport"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "Null until the analysis is saved."
                  }
                }
              },
              "Status": {
                "type": "object",
                "description": "An incident's lifecycle status and analysis state.",
                "required": [
                  "id",
                  "status",
                  "analysis",
                  "analyzed_at",
                  "updated_at"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "status": {
                    "$ref": "#/components/schemas/LifecycleStatus"
                  },
                  "analysis": {
                    "$ref": "#/components/schemas/AnalysisState"
                  },
                  "analyzed_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time",
                    "description": "RFC 3339, UTC; null when not set."
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  }
                }
              },
              "TimelineEntry": {
                "type": "object",
                "required": [
                  "id",
                  "kind",
                  "message",
                  "actor",
                  "at"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "description": "`status`, `analysis`, `note`, `decision`, ..."
                  },
                  "message": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string",
                    "description": "`token:<id>` or `system`."
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  }
                }
              },
              "TimelinePage": {
                "type": "object",
                "description": "The timeline, oldest first.",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/TimelineEntry"
                    }
                  }
                }
              },
              "TransitionRequest": {
                "type": "object",
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "$ref": "#/components/schemas/LifecycleStatus"
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Added to the timeline (kind `note`) when not empty."
                  }
                },
                "additionalProperties": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Other members are ignored, but like every member they must be strings or null (400 otherwise)."
                }
              },
              "DecisionRequest": {
                "type": "object",
                "required": [
                  "remediation"
                ],
                "properties": {
                  "remediation": {
                    "type": "string",
                    "minLength": 1,
                    "description": "The `label` of the report hypothesis whose remediation is decided."
                  },
                  "reason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Why; recorded with the decision (empty when absent)."
                  }
                },
                "additionalProperties": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Other members are ignored, but like every member they must be strings or null (400 otherwise)."
                }
              },
              "Decision": {
                "type": "object",
                "description": "A person's decision on one remediation.",
                "required": [
                  "id",
                  "incident_id",
                  "remediation",
                  "verdict",
                  "reason",
                  "actor",
                  "at",
                  "executed"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "incident_id": {
                    "type": "string"
                  },
                  "remediation": {
                    "type": "string"
                  },
                  "verdict": {
                    "type": "string",
                    "enum": [
                      "approved",
                      "rejected"
                    ]
                  },
                  "reason": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  },
                  "executed": {
                    "type": "boolean",
                    "const": false,
                    "description": "Always false: AlphaSRE records decisions, it never executes fixes."
                  }
                }
              },
              "DecisionList": {
                "type": "object",
                "description": "The decisions, oldest first.",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Decision"
                    }
                  }
                }
              },
              "Token": {
                "type": "object",
                "description": "An API token, without its secret.",
                "required": [
                  "id",
                  "name",
                  "role",
                  "created_at",
                  "revoked_at"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  },
                  "revoked_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time",
                    "description": "RFC 3339, UTC; null when not set."
                  }
                }
              },
              "TokenList": {
                "type": "object",
                "description": "The tenant's tokens.",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Token"
                    }
                  }
                }
              },
              "TokenCreateRequest": {
                "type": "object",
                "required": [
                  "role"
                ],
                "properties": {
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Defaults to the role's name when absent or empty."
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  }
                },
                "additionalProperties": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Other members are ignored, but like every member they must be strings or null (400 otherwise)."
                }
              },
              "TokenCreated": {
                "type": "object",
                "required": [
                  "token",
                  "secret"
                ],
                "properties": {
                  "token": {
                    "$ref": "#/components/schemas/Token"
                  },
                  "secret": {
                    "type": "string",
                    "description": "Send as `Authorization: Bearer <secret>`. Shown only in this response."
                  }
                }
              },
              "Tenant": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "created_at"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  }
                }
              },
              "TenantInfo": {
                "type": "object",
                "required": [
                  "tenant",
                  "role",
                  "token_id"
                ],
                "properties": {
                  "tenant": {
                    "$ref": "#/components/schemas/Tenant"
                  },
                  "role": {
                    "$ref": "#/components/schemas/Role"
                  },
                  "token_id": {
                    "type": "string"
                  }
                }
              },
              "AuditEntry": {
                "type": "object",
                "description": "One audit log entry, chained by hash.",
                "required": [
                  "sequence",
                  "at",
                  "actor",
                  "action",
                  "before",
                  "after",
                  "previous_hash",
                  "hash"
                ],
                "properties": {
                  "sequence": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "RFC 3339, UTC."
                  },
                  "actor": {
                    "type": "string"
                  },
                  "action": {
                    "type": "string",
                    "description": "e.g. `incident.create`, `incident.transition`, `token.create`, `token.revoke`, `remediation.approve`."
                  },
                  "before": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "after": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "previous_hash": {
                    "type": "string"
                  },
                  "hash": {
                    "type": "string"
                  }
                }
              },
              "AuditLog": {
                "type": "object",
                "description": "The audit log, oldest first.",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuditEntry"
                    }
                  }
                }
              },
              "AuditVerification": {
                "type": "object",
                "required": [
                  "valid",
                  "checked_entries",
                  "broken_at",
                  "problem"
                ],
                "properties": {
                  "valid": {
                    "type": "boolean"
                  },
                  "checked_entries": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "broken_at": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The sequence of the first entry that does not verify; null when valid."
                  },
                  "problem": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "What is wrong there; null when valid."
                  }
                }
              },
              "AnalysisEvent": {
                "type": "object",
                "description": "Data of `analysis.started` and `analysis.failed`.",
                "required": [
                  "incident_id"
                ],
                "properties": {
                  "incident_id": {
                    "type": "string"
                  }
                }
              },
              "AgentEvent": {
                "type": "object",
                "description": "Data of `analysis.agent`.",
                "required": [
                  "incident_id",
                  "agent",
                  "status",
                  "started_at",
                  "offset_ms",
                  "duration_ms"
                ],
                "properties": {
                  "incident_id": {
                    "type": "string"
                  },
                  "agent": {
                    "type": "string"
                  },
                  "status": {
                    "$ref": "#/components/schemas/AgentStatus"
                  },
                  "started_at": {
                    "type": "string"
                  },
                  "offset_ms": {
                    "type": "number"
                  },
                  "duration_ms": {
                    "type": "number"
                  }
                }
              },
              "AnalysisFinishedEvent": {
                "type": "object",
                "description": "Data of `analysis.finished`.",
                "required": [
                  "incident_id",
                  "duration_ms"
                ],
                "properties": {
                  "incident_id": {
                    "type": "string"
                  },
                  "duration_ms": {
                    "type": "number"
                  },
                  "top_label": {
                    "type": "string",
                    "description": "The top hypothesis' label (absent when there is none)."
                  },
                  "top_confidence": {
                    "type": "number"
                  }
                }
              }
            }
          }
        }
        """#
}
