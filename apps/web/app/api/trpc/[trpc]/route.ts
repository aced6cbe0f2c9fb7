import { handleApiRequest } from "@/server/server-dependencies";

export const dynamic = "force-dynamic";

export const GET = handleApiRequest;
export const POST = handleApiRequest;
