/** Argument checks for host methods: a wrong type is InvalidArgument naming the parameter. */
import { hostError } from "../errors";
import type { HostObject } from "../hostObject";

export function stringArg(value: unknown, name: string, where: string): string {
  if (typeof value !== "string")
    throw hostError(
      "InvalidArgument",
      `${where}: ${name} must be a string, got ${JSON.stringify(value)}`,
    );
  return value;
}

export function optionalString(value: unknown, name: string, where: string): string | undefined {
  return value === undefined || value === null ? undefined : stringArg(value, name, where);
}

export function intArg(value: unknown, name: string, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw hostError(
      "InvalidArgument",
      `${where}: ${name} must be an integer, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function numberArg(value: unknown, name: string, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw hostError(
      "InvalidArgument",
      `${where}: ${name} must be a number, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function boolArg(value: unknown, name: string, where: string): boolean {
  if (typeof value !== "boolean")
    throw hostError(
      "InvalidArgument",
      `${where}: ${name} must be a boolean, got ${JSON.stringify(value)}`,
    );
  return value;
}

export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  where: string,
): T {
  const match = allowed.find(
    (a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase(),
  );
  if (!match)
    throw hostError(
      "InvalidArgument",
      `${where}: ${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`,
    );
  return match;
}

export function objectArg(value: unknown, name: string, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw hostError(
      "InvalidArgument",
      `${where}: ${name} must be an object, got ${JSON.stringify(value)}`,
    );
  }
  return value as Record<string, unknown>;
}

export function isHostObjectArg(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && "type" in value && "state" in value;
}
