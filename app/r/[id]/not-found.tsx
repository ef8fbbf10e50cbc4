import { NoticePage } from "@/components/ui/notice-page";

/** Unknown, deleted and expired results all land here, with a 404 status. */
export default function ResultNotFound() {
  return (
    <NoticePage title="This result does not exist">
      Nothing is stored at this link. Its creator may have deleted it, it may have expired, or the link may be mistyped
      or cut short.
    </NoticePage>
  );
}
