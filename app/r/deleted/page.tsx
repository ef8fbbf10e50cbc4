import type { Metadata } from "next";
import { NoticePage } from "@/components/ui/notice-page";

export const metadata: Metadata = { title: "Result deleted", robots: { index: false, follow: false } };

/** Where the creator lands after deleting a result from its review. */
export default function ResultDeleted() {
  return (
    <NoticePage title="Result deleted">
      The review and both texts are gone from the database. Anyone who opens its link now gets “This result does not
      exist”.
    </NoticePage>
  );
}
