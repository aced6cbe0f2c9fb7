export { createTestDatabase, type TestDatabase } from "./test-database";
export { createTestOrganization, countRows, memberRoles, type MemberRole, type TestMember, type TestOrganization } from "./fixtures";
