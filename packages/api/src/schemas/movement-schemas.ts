// Declared in core (dto/movement-dto.ts); re-exported for the schemas here that still build on them.
export { movementViewSchema } from "@closebook/core";
